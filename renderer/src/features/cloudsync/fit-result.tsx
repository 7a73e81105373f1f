/**
 * The Cloud Sync result, first on the step: fits now, fits after changes, or stay on Connect Sync
 * for now, with each deciding feature and the questions still open.
 */
import { Badge, makeStyles, tokens } from '@fluentui/react-components'
import type { FitResult } from '~shared/cloudsync/fit-summary'
import { SectionCard } from '~renderer/components/section-card'
import { useWizardStore } from '~renderer/store/context'
import { selectFitSummary } from '~renderer/store/plan-selectors'

const useStyles = makeStyles({
  text: { margin: 0, maxWidth: '80ch' },
  headline: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL, display: 'grid', rowGap: tokens.spacingVerticalXXS },
})

const COLORS: Readonly<Record<FitResult, 'success' | 'warning' | 'danger' | 'informative'>> = {
  'fits-now': 'success',
  'fits-after-changes': 'warning',
  stay: 'danger',
  'not-enough-answers': 'informative',
}

function Deciders({ title, items }: { readonly title: string; readonly items: readonly string[] }) {
  const styles = useStyles()
  if (items.length === 0) {
    return null
  }
  return (
    <>
      <h4 className={styles.subheading}>{title}</h4>
      <ul className={styles.list} aria-label={title}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  )
}

/** The result card. */
export function FitResultPanel() {
  const styles = useStyles()
  const fit = useWizardStore(selectFitSummary)
  if (fit === undefined) {
    return null
  }
  return (
    <SectionCard
      title="Cloud Sync for this server"
      isProminent
      dataSection="cloud-sync-fit"
      aside={
        <Badge size="large" appearance="tint" color={COLORS[fit.result]}>
          Advice only
        </Badge>
      }
    >
      <p className={styles.headline} data-fit={fit.result}>
        {fit.headline}
      </p>
      <p className={styles.text}>{fit.message}</p>
      <Deciders title="Keeps you on Connect Sync for now" items={fit.stay} />
      <Deciders title="Changes before Cloud Sync fits" items={fit.change} />
      <Deciders title="Still to answer" items={fit.missing} />
    </SectionCard>
  )
}
