/**
 * The recommended target build and upgrade path, presented first on the version step: the build
 * to install, the lowest acceptable one, in place or by swing migration, and why.
 */
import { Badge, makeStyles, tokens } from '@fluentui/react-components'
import { ArrowSwap20Regular, ArrowUp20Regular, Checkmark20Regular } from '@fluentui/react-icons'
import { ConfidenceNote } from '~renderer/components/confidence-note'
import { SectionCard } from '~renderer/components/section-card'
import { useWizardStore } from '~renderer/store/context'
import { selectTargetAdvice, type TargetAdvice } from '~renderer/store/guide-selectors'

const useStyles = makeStyles({
  facts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXXXL, rowGap: tokens.spacingVerticalM, margin: 0 },
  fact: { display: 'grid', rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  message: { margin: 0, maxWidth: '80ch' },
  reasons: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL, display: 'grid', rowGap: tokens.spacingVerticalXS },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
})

function pathLabel(advice: TargetAdvice): string {
  if (advice.isCurrent) {
    return 'No upgrade needed now'
  }
  if (advice.path === 'swing') {
    return 'Swing migration'
  }
  return advice.isStagingFirst ? 'In-place upgrade, this staging server first' : 'In-place upgrade'
}

/** The target card; a plain note while the version is unknown. */
export function TargetPanel() {
  const styles = useStyles()
  const advice = useWizardStore(selectTargetAdvice)
  if (advice === undefined) {
    return (
      <SectionCard title="Recommended target" isProminent dataSection="target">
        <p className={styles.message}>Enter the installed version on the Install details step to get a target build and upgrade path.</p>
      </SectionCard>
    )
  }
  const Icon = advice.isCurrent ? Checkmark20Regular : advice.path === 'swing' ? ArrowSwap20Regular : ArrowUp20Regular
  return (
    <SectionCard
      title="Recommended target"
      isProminent
      dataSection="target"
      aside={
        <Badge size="large" appearance="filled" color={advice.path === 'swing' ? 'important' : 'brand'} icon={<Icon aria-hidden />}>
          {pathLabel(advice)}
        </Badge>
      }
    >
      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt className={styles.term}>Target build</dt>
          <dd className={styles.value}>{advice.target}</dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>At least</dt>
          <dd className={styles.value}>{advice.atLeast}</dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>Path</dt>
          <dd className={styles.value}>{pathLabel(advice)}</dd>
        </div>
      </dl>
      <p className={styles.message}>{advice.message}</p>
      {advice.reasons.length === 0 ? null : (
        <>
          <h4 className={styles.subheading}>{advice.path === 'swing' ? 'Why a swing migration' : 'Why this order'}</h4>
          <ul className={styles.reasons}>
            {advice.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      )}
      <ConfidenceNote confidence={advice.confidence} caveat={advice.caveat} />
    </SectionCard>
  )
}
