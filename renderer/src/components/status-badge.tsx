/**
 * A status shown as icon plus word, so it reads without colour.
 */
import { Badge } from '@fluentui/react-components'
import type { StepState } from '../store/selectors'
import { STATE_PRESENTATION } from './status-presentation'

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps {
  readonly state: StepState
  /** Spoken before the label, e.g. "Status:"; hidden visually. */
  readonly prefix?: string
}

/** A Fluent badge with the state's icon and label. */
export function StatusBadge({ state, prefix }: StatusBadgeProps) {
  const { label, Icon, color } = STATE_PRESENTATION[state]
  return (
    <Badge appearance="tint" shape="rounded" color={color} icon={<Icon aria-hidden />}>
      {prefix === undefined ? label : `${prefix} ${label}`}
    </Badge>
  )
}
