/**
 * Who is using the wizard: an admin on the server, a consultant or a trainee. Trainees get the
 * "why this matters" panels open, the glossary and the practice scenarios at hand.
 */
import type { StateCreator } from 'zustand'
import type { WizardState } from './types'

/** The roles the first screen offers. */
export const ROLES = ['admin', 'consultant', 'trainee'] as const

/** A role. */
export type Role = (typeof ROLES)[number]

/** How each role reads, on the first screen and in the header. */
export const ROLE_LABELS: Readonly<Record<Role, { readonly label: string; readonly description: string }>> = {
  admin: { label: 'Admin on the server', description: 'You run Entra Connect and will do the upgrade yourself.' },
  consultant: { label: 'Consultant', description: 'You assess a customer\'s server and hand over a plan.' },
  trainee: { label: 'Trainee', description: 'You are learning: explanations open, glossary and practice scenarios at hand.' },
}

/** The role, and changing it. */
export interface GuideSlice {
  /** Undefined until the user says who they are (the first screen shows until then). */
  readonly role: Role | undefined
  readonly setRole: (role: Role) => void
}

/** Builds the guide slice; it starts with no role chosen. */
export const createGuideSlice: StateCreator<WizardState, [], [], GuideSlice> = (set) => ({
  role: undefined,
  setRole: (role) => set({ role }),
})
