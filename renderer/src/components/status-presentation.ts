/**
 * How each status, verdict and step state reads: a word and an icon, so nothing depends on colour.
 */
import type { BadgeProps } from '@fluentui/react-components'
import {
  CheckmarkCircle16Filled,
  Circle16Regular,
  DismissCircle16Filled,
  DocumentCheckmark16Regular,
  ErrorCircle16Filled,
  Info16Filled,
  Lightbulb16Regular,
  QuestionCircle16Filled,
  SubtractCircle16Regular,
  Warning16Filled,
  Wrench16Regular,
  type FluentIcon,
} from '@fluentui/react-icons'
import type { StepState } from '../store/selectors'

/** The label, icon and badge colour of one state. */
export interface StatePresentation {
  readonly label: string
  readonly Icon: FluentIcon
  readonly color: NonNullable<BadgeProps['color']>
}

/** Every status, verdict and step state, with how it reads. */
export const STATE_PRESENTATION: Readonly<Record<StepState, StatePresentation>> = {
  fail: { label: 'Fail', Icon: DismissCircle16Filled, color: 'danger' },
  warn: { label: 'Warning', Icon: Warning16Filled, color: 'warning' },
  unknown: { label: 'Unknown', Icon: QuestionCircle16Filled, color: 'informative' },
  info: { label: 'Info', Icon: Info16Filled, color: 'brand' },
  pass: { label: 'Pass', Icon: CheckmarkCircle16Filled, color: 'success' },
  'not-applicable': { label: 'Not applicable', Icon: SubtractCircle16Regular, color: 'subtle' },
  critical: { label: 'Critical', Icon: DismissCircle16Filled, color: 'danger' },
  'action-required': { label: 'Action required', Icon: Warning16Filled, color: 'warning' },
  incomplete: { label: 'Incomplete', Icon: QuestionCircle16Filled, color: 'informative' },
  ok: { label: 'Ready', Icon: CheckmarkCircle16Filled, color: 'success' },
  'not-started': { label: 'Not started', Icon: Circle16Regular, color: 'subtle' },
  entered: { label: 'Facts entered', Icon: DocumentCheckmark16Regular, color: 'brand' },
  'input-error': { label: 'Check input', Icon: ErrorCircle16Filled, color: 'danger' },
  'no-checks': { label: 'No findings', Icon: Wrench16Regular, color: 'subtle' },
}

/**
 * The icon of advice (the Cloud Sync evaluations' "Fits now", "Stay on Connect Sync"…): one
 * neutral icon for every one of its states, so advice never wears a check's cross or tick.
 */
export const ADVICE_ICON: FluentIcon = Lightbulb16Regular
