/**
 * The first screen's later parts (`later-parts.ts`), one chunk of their own, each drawn where it
 * belongs once the first frame is painted (inside `AfterFirstPaint`), which is also when the chunk
 * is first asked for. So the first step's form is compiled, rendered and laid out without them.
 * Asking sooner costs the first frame: fetching and compiling the chunk (and Vite's preload of its
 * imports) then competes with the entry's for the main thread and the cores (~35 ms more
 * main-thread CPU to the first step usable in the bench page).
 */
import { lazy, type ComponentType } from 'react'

type LaterParts = typeof import('./later-parts')

let loading: Promise<LaterParts> | undefined

/** Loads the later parts' chunk (one promise for every caller). */
function loadLaterParts(): Promise<LaterParts> {
  loading ??= import('./later-parts')
  return loading
}

function laterPart(name: keyof LaterParts): ComponentType {
  return lazy(() => loadLaterParts().then((parts) => ({ default: parts[name] })))
}

export const LaterStepList = laterPart('StepList')
export const LaterStepFooter = laterPart('StepFooter')
export const LaterAboutCard = laterPart('AboutCard')
