/**
 * The first screen's parts drawn after its first frame (`later.tsx` loads them as one chunk): the
 * step list, the footer and "About this assessment" below the form. Nothing above the form or in
 * the header waits: drawn later, it would push the form down under the user's pointer.
 */
export { AboutCard } from '../details/assessment-about'
export { StepFooter } from './step-footer'
export { StepList } from './step-list'
