/**
 * The staging pairs the fleet holds: each primary with its staging server, and a warning where a
 * pair is not one active server plus one in staging mode (the words are `pairStagingServers`').
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { CheckmarkCircle16Filled, QuestionCircle16Filled, Warning16Filled } from '@fluentui/react-icons'
import type { PairStatus, StagingPair, StagingPairing } from '~shared/report/staging-pairs'
import { plural } from '~shared/report/report-text'
import { SectionCard } from '~renderer/components/section-card'

const STATUS_TEXT: Readonly<Record<PairStatus, string>> = {
  ok: 'One active, one staging',
  'both-active': 'Both active',
  'neither-active': 'Neither active',
  unknown: 'Staging mode not known',
}

/** How many unpaired servers are named before the list is only counted. */
const MAX_NAMED_UNPAIRED = 12

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalM },
  pair: { display: 'grid', rowGap: tokens.spacingVerticalXXS },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  names: { fontWeight: tokens.fontWeightSemibold },
  status: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  ok: { color: tokens.colorStatusSuccessForeground1 },
  warn: { color: tokens.colorStatusWarningForeground3 },
  message: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
})

function PairItem({ pair }: { readonly pair: StagingPair }) {
  const styles = useStyles()
  const isOk = pair.status === 'ok'
  const Icon = isOk ? CheckmarkCircle16Filled : pair.status === 'unknown' ? QuestionCircle16Filled : Warning16Filled
  const customer = pair.primary.customer?.trim() ?? ''
  return (
    <li className={styles.pair} data-pair-status={pair.status}>
      <div className={styles.head}>
        <span className={styles.names}>
          {pair.primary.name ?? pair.primary.key} and {pair.staging.name ?? pair.staging.key}
          {customer === '' ? null : ` (${customer})`}
        </span>
        <span className={`${styles.status} ${isOk ? styles.ok : styles.warn}`}>
          <Icon aria-hidden />
          {STATUS_TEXT[pair.status]}
        </span>
      </div>
      <p className={isOk ? styles.muted : styles.message}>
        {pair.message} {pair.matchedBy === 'pair-with' ? '(paired as entered in the assessment)' : '(paired by name)'}
      </p>
    </li>
  )
}

/**
 * The unpaired servers' names, each with its customer where one was given, so that eight
 * customers' AADC01 read as eight servers ("AADC01 (Contoso), AADC01 (Fabrikam)").
 */
export function unpairedNames(staging: StagingPairing): readonly string[] {
  return staging.unpaired.map(({ server }) => {
    const name = server.name ?? 'unnamed server'
    const customer = server.customer?.trim() ?? ''
    return customer === '' ? name : `${name} (${customer})`
  })
}

/** True when a pair is not one active server plus one in staging mode: worth showing before the matrix. */
export function needsAttention(staging: StagingPairing): boolean {
  return staging.pairs.some((pair) => pair.status !== 'ok')
}

/** The pairs panel; pairs with a warning first. */
export function StagingPairsPanel({ staging }: { readonly staging: StagingPairing }) {
  const styles = useStyles()
  const pairs = [...staging.pairs].sort((a, b) => Number(a.status === 'ok') - Number(b.status === 'ok'))
  const unpaired = unpairedNames(staging)
  return (
    <SectionCard title="Staging pairs" dataSection="staging-pairs">
      {pairs.length === 0 ? (
        <p className={styles.muted}>No primary and staging pair found. Servers pair by customer and name (AADC01 and AADC02), or by the staging partner entered in About this assessment.</p>
      ) : (
        <ul className={styles.list} aria-label="Staging pairs">
          {pairs.map((pair) => (
            <PairItem key={`${pair.primary.key}|${pair.staging.key}`} pair={pair} />
          ))}
        </ul>
      )}
      {unpaired.length === 0 ? null : (
        <p className={styles.muted}>
          Without a staging partner: {unpaired.length <= MAX_NAMED_UNPAIRED ? unpaired.join(', ') : plural(unpaired.length, 'server')}.
        </p>
      )}
    </SectionCard>
  )
}
