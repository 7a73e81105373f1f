/**
 * Said on opening an assessment saved with another rule pack: which pack assessed it, which
 * decides now, and which checks read differently (or, when the earlier pack is not on this
 * computer, that this cannot be worked out).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import { DismissRegular } from '@fluentui/react-icons'
import { formatUserDate } from '~renderer/components/locale-date'
import type { PackRef } from '~shared/rules/pack/pack-change'
import { STATE_PRESENTATION } from '~renderer/components/status-presentation'
import { useWizardStore } from '~renderer/store/context'

function named(pack: PackRef): string {
  return `rule pack ${pack.version} (facts of ${formatUserDate(pack.asOf)})`
}

/** The message bar, while there is a change to tell. */
export function PackChangeMessage() {
  const change = useWizardStore((state) => state.packChange)
  const dismiss = useWizardStore((state) => state.dismissPackChange)
  if (change === undefined) {
    return null
  }
  const intro = `This assessment was saved with ${named(change.recorded)}; the checks now use ${named(change.current)}.`
  return (
    <MessageBar intent={change.kind === 'compared' && change.changed.length === 0 ? 'info' : 'warning'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>The rule pack changed</MessageBarTitle>
        {intro}{' '}
        {change.kind === 'not-comparable'
          ? 'The earlier pack is not on this computer, so which findings changed cannot be worked out: the findings shown are the current pack’s.'
          : change.changed.length === 0
            ? 'Every check decides as it did with the earlier pack.'
            : `${change.changed.length} check${change.changed.length === 1 ? '' : 's'} now decide${change.changed.length === 1 ? 's' : ''} differently: ${change.changed
                .map((check) => `${check.title} (${STATE_PRESENTATION[check.before].label} → ${STATE_PRESENTATION[check.after].label})`)
                .join('; ')}.`}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss" icon={<DismissRegular />} onClick={dismiss} />} />
    </MessageBar>
  )
}
