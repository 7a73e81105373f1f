/**
 * The compare workspace's state (placeholder: filled in by the compare view's work).
 */
import type { StateCreator } from 'zustand'
import type { WizardDeps, WizardState } from './types'

/** The compare workspace's state and actions. */
export type CompareSlice = Record<never, never>

/** Builds the compare slice over the app's API. */
export function createCompareSlice(_deps: WizardDeps): StateCreator<WizardState, [], [], CompareSlice> {
  return () => ({})
}
