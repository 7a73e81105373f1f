/**
 * The wizard's store: one zustand store built from slices, over an injected API.
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import { createAssessmentListSlice } from './assessment-list-slice'
import { createAssessmentSlice } from './assessment-slice'
import { createChecklistSlice } from './checklist-slice'
import { createCollectorSlice } from './collector-slice'
import { createCompareSlice } from './compare-slice'
import { createDetailsSlice } from './details-slice'
import { createEvaluationSlice } from './evaluation-slice'
import { createFleetSlice } from './fleet-slice'
import { createGuideSlice } from './guide-slice'
import { createInputsSlice } from './inputs-slice'
import { createLinksSlice } from './links-slice'
import { createPracticeSlice } from './practice-slice'
import { createReportSlice } from './report-slice'
import { createRulePackSlice } from './rule-pack-slice'
import { createSavedRunsSlice } from './saved-runs-slice'
import { createSettingsSlice } from './settings-slice'
import { createViewSlice } from './view-slice'
import type { WizardDeps, WizardState } from './types'
import { createWizardSlice } from './wizard-slice'

export type { WizardDeps, WizardState } from './types'

/** A wizard store instance. */
export type WizardStore = StoreApi<WizardState>

/** Creates a store; the app passes the preload's API, tests a fake. */
export function createWizardStore(deps: WizardDeps): WizardStore {
  return createStore<WizardState>()((...args) => ({
    ...createWizardSlice(...args),
    ...createDetailsSlice(...args),
    ...createInputsSlice(deps)(...args),
    ...createCollectorSlice(deps)(...args),
    ...createSettingsSlice(deps)(...args),
    ...createLinksSlice(deps)(...args),
    ...createGuideSlice(...args),
    ...createChecklistSlice(...args),
    ...createPracticeSlice(...args),
    ...createAssessmentSlice(deps)(...args),
    ...createAssessmentListSlice(deps)(...args),
    ...createSavedRunsSlice()(...args),
    ...createReportSlice(deps)(...args),
    ...createViewSlice(...args),
    ...createFleetSlice(deps)(...args),
    ...createCompareSlice(deps)(...args),
    ...createRulePackSlice(deps)(...args),
    ...createEvaluationSlice(...args),
  }))
}
