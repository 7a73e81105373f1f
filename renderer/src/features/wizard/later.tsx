/**
 * The first screen's later parts (`later-parts.ts`), one chunk of their own: the entry starts
 * loading it at once ({@link loadLaterParts}), and each part is drawn where it belongs once the
 * first frame is painted (inside `AfterFirstPaint`). So the first step's form is compiled, rendered
 * and laid out without them.
 */
import { lazy, type ComponentType } from 'react'

type LaterParts = typeof import('./later-parts')

let loading: Promise<LaterParts> | undefined

/** Loads the later parts' chunk (one promise for every caller). */
export function loadLaterParts(): Promise<LaterParts> {
  loading ??= import('./later-parts')
  return loading
}

function laterPart(name: keyof LaterParts): ComponentType {
  return lazy(() => loadLaterParts().then((parts) => ({ default: parts[name] })))
}

export const LaterHeaderTools = laterPart('HeaderTools')
export const LaterStepList = laterPart('StepList')
export const LaterWalkMessages = laterPart('WalkMessages')
export const LaterStepFooter = laterPart('StepFooter')
export const LaterDetailsInputs = laterPart('DetailsInputs')
export const LaterAboutCard = laterPart('AboutCard')
