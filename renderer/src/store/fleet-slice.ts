/**
 * The fleet workspace's state (placeholder: filled in by the fleet view's work).
 */
import type { StateCreator } from 'zustand'
import type { WizardDeps, WizardState } from './types'

/** The fleet workspace's state and actions. */
export type FleetSlice = Record<never, never>

/** Builds the fleet slice over the app's API. */
export function createFleetSlice(_deps: WizardDeps): StateCreator<WizardState, [], [], FleetSlice> {
  return () => ({})
}
