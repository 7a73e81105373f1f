/**
 * A status shown as icon plus word, so it reads without colour.
 */
import { Badge } from '@fluentui/react-components'
import type { StepState } from '../store/selectors'
import { ADVICE_ICON, STATE_PRESENTATION } from './status-presentation'

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps {
  readonly state: StepState
  /** Spoken before the label, e.g. "Status:"; hidden visually. */
  readonly prefix?: string
  /** Advice rather than a check (the Cloud Sync evaluation): these words, with the advice icon, in a neutral colour. */
  readonly advice?: string
}

/** A Fluent badge with the state's icon and label. */
export function StatusBadge({ state, prefix, advice }: StatusBadgeProps) {
  const presentation = STATE_PRESENTATION[state]
  const Icon = advice === undefined ? presentation.Icon : ADVICE_ICON
  const label = advice ?? presentation.label
  return (
    <Badge appearance="tint" shape="rounded" color={advice === undefined ? presentation.color : 'informative'} icon={<Icon aria-hidden />}>
      {prefix === undefined ? label : `${prefix} ${label}`}
    </Badge>
  )
}
