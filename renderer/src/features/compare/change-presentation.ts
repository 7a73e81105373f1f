/**
 * How each kind of change between two runs reads: a word, an icon and the order the view lists
 * them in (what got worse first), so nothing depends on colour.
 */
import { ArrowSync16Regular, CheckmarkCircle16Filled, DismissCircle16Filled, EqualCircle16Regular, type FluentIcon } from '@fluentui/react-icons'
import type { RuleChange } from '~shared/report/compare-runs'

/** The label, icon and empty-group text of one kind of change. */
export interface ChangePresentation {
  readonly label: string
  readonly Icon: FluentIcon
  /** What the view says when no rule changed this way. */
  readonly none: string
}

/** The kinds of change in the order the view shows them. */
export const CHANGES_IN_ORDER: readonly RuleChange[] = ['newly-failing', 'fixed', 'changed', 'unchanged']

/** Every kind of change, with how it reads. */
export const CHANGE_PRESENTATION: Readonly<Record<RuleChange, ChangePresentation>> = {
  'newly-failing': { label: 'Newly failing', Icon: DismissCircle16Filled, none: 'Nothing fails or warns that did not before.' },
  fixed: { label: 'Fixed', Icon: CheckmarkCircle16Filled, none: 'Nothing that failed or warned is fixed.' },
  changed: { label: 'Changed', Icon: ArrowSync16Regular, none: 'No other check changed its status.' },
  unchanged: { label: 'Unchanged', Icon: EqualCircle16Regular, none: 'Every check changed.' },
}
