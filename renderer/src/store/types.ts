/**
 * The store's whole state and its dependencies, in one place so slices can refer to each other.
 */
import type { WizardApi } from '~shared/ipc/api'
import type { AssessmentListSlice } from './assessment-list-slice'
import type { AssessmentSlice } from './assessment-slice'
import type { ChecklistSlice } from './checklist-slice'
import type { CollectorSlice } from './collector-slice'
import type { CompareSlice } from './compare-slice'
import type { DetailsSlice } from './details-slice'
import type { FleetSlice } from './fleet-slice'
import type { GuideSlice } from './guide-slice'
import type { InputsSlice } from './inputs-slice'
import type { LinksSlice } from './links-slice'
import type { PracticeSlice } from './practice-slice'
import type { ReportSlice } from './report-slice'
import type { RulePackSlice } from './rule-pack-slice'
import type { SavedRunsSlice } from './saved-runs-slice'
import type { SettingsSlice } from './settings-slice'
import type { ViewSlice } from './view-slice'
import type { WizardSlice } from './wizard-slice'

/** What the store needs from outside: the app's API (the preload's, or a fake in tests). */
export interface WizardDeps {
  readonly api: WizardApi
}

/** Every slice together. */
export type WizardState = WizardSlice & DetailsSlice & InputsSlice & CollectorSlice & SettingsSlice & LinksSlice & GuideSlice & ChecklistSlice & PracticeSlice & AssessmentSlice & AssessmentListSlice & ReportSlice & ViewSlice & FleetSlice & CompareSlice & RulePackSlice & SavedRunsSlice
