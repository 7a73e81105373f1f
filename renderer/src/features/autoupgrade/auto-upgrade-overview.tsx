/**
 * What automatic upgrade will and will not do for this server: its state, the decoded suspension
 * reason, each blocker with its fix, and which builds were published for automatic upgrade.
 */
import { Badge, makeStyles, tokens } from '@fluentui/react-components'
import { SectionCard } from '~renderer/components/section-card'
import { useWizardStore } from '~renderer/store/context'
import { selectAutoUpgradeOutlook } from '~renderer/store/guide-selectors'
import { ExplainedCodes } from './explained-codes'

const useStyles = makeStyles({
  text: { margin: 0, maxWidth: '80ch' },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  raw: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  builds: { margin: 0, fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  group: { display: 'grid', rowGap: tokens.spacingVerticalS },
})

const STATE_COLORS: Readonly<Record<string, 'success' | 'warning' | 'informative'>> = { Enabled: 'success', Suspended: 'warning', Disabled: 'warning' }

/** The overview card of the auto-upgrade step. */
export function AutoUpgradeOverview() {
  const styles = useStyles()
  const outlook = useWizardStore(selectAutoUpgradeOutlook)
  const copyText = useWizardStore((state) => state.copyText)
  if (outlook === undefined) {
    return null
  }
  const { state, reason, blockers, publishedBuilds, unconfirmedBuilds, delivery } = outlook
  return (
    <SectionCard
      title="What automatic upgrade will do"
      isProminent
      dataSection="auto-upgrade"
      aside={
        <Badge size="large" appearance="tint" color={STATE_COLORS[state ?? ''] ?? 'informative'}>
          State: {state ?? 'not known'}
        </Badge>
      }
    >
      <p className={styles.text} data-delivery={delivery.kind}>
        {delivery.text}
      </p>
      {reason === undefined ? null : (
        <div className={styles.group}>
          <h4 className={styles.subheading}>Why it was suspended</h4>
          <p className={styles.text}>
            Reason recorded: <span className={styles.raw}>{reason.raw}</span>
            {reason.parts.length === 0 ? ' (not a code the rule pack knows: read the auto-upgrade log).' : null}
          </p>
          {reason.parts.length === 0 ? null : <ExplainedCodes codes={reason.parts} label="Suspension reason, decoded" onCopy={copyText} />}
        </div>
      )}
      {blockers.length === 0 ? null : (
        <div className={styles.group}>
          <h4 className={styles.subheading}>What blocks it, and the fix</h4>
          <ExplainedCodes codes={blockers} label="Eligibility blockers" onCopy={copyText} />
        </div>
      )}
      <div className={styles.group}>
        <h4 className={styles.subheading}>Builds published for automatic upgrade</h4>
        <p className={styles.builds}>{publishedBuilds.join(', ')}</p>
        <p className={styles.text}>
          Automatic upgrade only installs builds Microsoft published for it, not necessarily the newest.
          {unconfirmedBuilds.length === 0
            ? ''
            : ` Not documented as published: ${unconfirmedBuilds.join(', ')}. A target among these must be installed manually.`}
        </p>
      </div>
    </SectionCard>
  )
}
