/**
 * The first screen's parts drawn after its first frame (`later.tsx` loads them as one chunk):
 * the header's tools, the step list, the banners above the step, the footer, and the install-details
 * step's cards around its form.
 */
export { AboutCard, DetailsInputs } from '../details/details-inputs'
export { HeaderTools } from '../header/header-tools'
export { StepFooter } from './step-footer'
export { StepList } from './step-list'
export { WalkMessages } from './walk-messages'
