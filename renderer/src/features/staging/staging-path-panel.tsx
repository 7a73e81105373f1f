/**
 * How this server enters staging mode for the upgrade: the reviewed workaround script when the
 * wizard cannot do it, otherwise the normal path and why.
 */
import { Badge, makeStyles, tokens } from '@fluentui/react-components'
import type { StagingPathKind } from '~shared/staging/staging-path'
import { CodeBlock } from '~renderer/components/code-block'
import { SectionCard } from '~renderer/components/section-card'
import { useWizardStore } from '~renderer/store/context'
import { selectStagingPath, selectWorkaroundScript } from '~renderer/store/guide-selectors'
import { WorkaroundScriptPanel } from './workaround-script-panel'

const useStyles = makeStyles({
  text: { margin: 0, maxWidth: '80ch' },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL, display: 'grid', rowGap: tokens.spacingVerticalS },
})

const BADGES: Readonly<Record<StagingPathKind, { readonly label: string; readonly color: 'warning' | 'success' | 'danger' | 'informative' }>> = {
  workaround: { label: 'Workaround needed', color: 'warning' },
  wizard: { label: 'Use the wizard', color: 'success' },
  'not-yet': { label: 'Wizard works until the retirement', color: 'informative' },
  'upgrade-first': { label: 'Upgrade first', color: 'danger' },
  unknown: { label: 'Not known', color: 'informative' },
}

/** The staging-path card of the staging step. */
export function StagingPathPanel() {
  const styles = useStyles()
  const path = useWizardStore(selectStagingPath)
  const script = useWizardStore(selectWorkaroundScript)
  const copyText = useWizardStore((state) => state.copyText)
  if (path === undefined) {
    return null
  }
  const badge = BADGES[path.kind]
  return (
    <SectionCard
      title="Entering staging mode for the upgrade"
      isProminent
      dataSection="staging-path"
      aside={
        <Badge size="large" appearance="tint" color={badge.color}>
          {badge.label}
        </Badge>
      }
    >
      <p className={styles.text}>{path.reason}</p>
      {script !== undefined ? (
        <WorkaroundScriptPanel script={script} isCoreReported={path.isCoreReported} onCopy={copyText} />
      ) : path.kind === 'wizard' || path.kind === 'not-yet' ? (
        <ol className={styles.steps} aria-label="The normal path">
          <li>Open Microsoft Entra Connect on the server, choose &quot;Configure staging mode&quot;, sign in and set the box.</li>
          <li>
            Check the result: StagingModeEnabled must read True on a staging server.
            <CodeBlock code="Get-ADSyncScheduler" what="PowerShell to check staging mode" onCopy={copyText} />
          </li>
          <li>After the upgrade, switch it back the same way if this server should be active again, and re-enable the scheduler.</li>
        </ol>
      ) : null}
    </SectionCard>
  )
}
