/**
 * The body of any rule step: its own headline (what on this step needs doing), its failures and
 * warnings as full cards, the step's own panels, then the checks that pass or do not apply as
 * one-line rows that open to the full card.
 */
import { makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import type { Finding, RuleStep } from '~shared/rules/types'
import { adviceWords } from '~renderer/components/cloud-sync-fit'
import { FindingCard } from '~renderer/components/finding-card'
import { StatusBadge } from '~renderer/components/status-badge'
import { useWizardStore } from '~renderer/store/context'
import { selectReport, selectStepFindings } from '~renderer/store/selectors'

/** Props of {@link RuleStepView}. */
export interface RuleStepViewProps {
  readonly step: RuleStep
  /** One or two sentences on what this step checks. */
  readonly intro: ReactNode
  /** The step's own panels, shown after its failures and warnings. */
  readonly children?: ReactNode
}

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalL },
  intro: { margin: 0, maxWidth: '72ch', color: tokens.colorNeutralForeground2 },
  headline: { margin: 0, maxWidth: '75ch', fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  rows: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  row: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, ':first-child': { borderTop: 'none' } },
  summary: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
  },
  rowTitle: { fontWeight: tokens.fontWeightSemibold },
  rowMessage: { color: tokens.colorNeutralForeground2, flexBasis: '100%', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  rowBody: { padding: tokens.spacingHorizontalM },
})

const QUIET: ReadonlySet<Finding['status']> = new Set(['pass', 'not-applicable'])

/** The finding the step's headline names ("First: …"), when one fails or warns. */
export function firstNamed(findings: readonly Finding[]): Finding | undefined {
  return findings.find((finding) => finding.status === 'fail' || finding.status === 'warn')
}

/** The step's headline: how many checks need something, and the first of them in a few words. */
export function stepHeadline(findings: readonly Finding[]): string {
  const needs = findings.filter((finding) => finding.status === 'fail' || finding.status === 'warn')
  const unknown = findings.filter((finding) => finding.status === 'unknown').length
  const first = firstNamed(findings)
  if (first !== undefined) {
    const fails = needs.filter((finding) => finding.status === 'fail').length
    const count = fails > 0 ? `${fails} of ${findings.length} ${fails === 1 ? 'check fails' : 'checks fail'}` : `${needs.length} of ${findings.length} ${needs.length === 1 ? 'check warns' : 'checks warn'}`
    return `${count}. First: ${first.headline ?? first.title}.`
  }
  if (unknown > 0) {
    return `${unknown} of ${findings.length} ${unknown === 1 ? 'check cannot decide' : 'checks cannot decide'}: a fact it needs is missing. Nothing here fails.`
  }
  return `Nothing to fix here: all ${findings.length} ${findings.length === 1 ? 'check passes' : 'checks pass'} or ${findings.length === 1 ? 'does' : 'do'} not apply.`
}

/** A folded row's status: the advice words for an advisory evaluation, else the status. */
function QuietBadge({ finding }: { readonly finding: Finding }) {
  const advice = adviceWords(finding.ruleId, finding.status)
  return advice === undefined ? <StatusBadge state={finding.status} /> : <StatusBadge state={finding.status} advice={advice} />
}

/** The step's headline and intro, its failures and warnings, its panels, then the quiet checks folded. */
export function RuleStepView({ step, intro, children }: RuleStepViewProps) {
  const styles = useStyles()
  const hasReport = useWizardStore((state) => selectReport(state) !== undefined)
  const findings = useWizardStore((state) => selectStepFindings(state, step))
  const openLink = useWizardStore((state) => state.openLink)
  const copyText = useWizardStore((state) => state.copyText)
  const isTrainee = useWizardStore((state) => state.role === 'trainee')
  const provenance = useWizardStore((state) => state.provenance)
  if (!hasReport) {
    return <Spinner size="small" labelPosition="after" label="Loading the checks (waiting for the as-of date)…" />
  }
  const sourceOf = (path: string) => provenance.fields?.[path]
  // The step's headline names its first finding's headline ("First: …"): that card does not say it again.
  const named = firstNamed(findings)
  const card = (finding: Finding) => (
    <FindingCard
      finding={finding}
      onOpenLink={(url) => void openLink(url)}
      onCopy={copyText}
      isWhyOpen={isTrainee}
      sourceOf={sourceOf}
      alreadySaid={finding === named ? [finding.headline ?? finding.title] : []}
    />
  )
  const loud = findings.filter((finding) => !QUIET.has(finding.status))
  const quiet = findings.filter((finding) => QUIET.has(finding.status))
  return (
    <>
      {findings.length === 0 ? null : (
        <p className={styles.headline} data-testid="step-headline">
          {stepHeadline(findings)}
        </p>
      )}
      <p className={styles.intro}>{intro}</p>
      {findings.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>This step&apos;s checks are not built yet.</MessageBarBody>
        </MessageBar>
      ) : null}
      {loud.length === 0 ? null : (
        <ul className={styles.list} aria-label="Findings">
          {loud.map((finding) => (
            <li key={finding.ruleId}>{card(finding)}</li>
          ))}
        </ul>
      )}
      {children}
      {quiet.length === 0 ? null : (
        <section aria-labelledby={`${step}-quiet`} data-section="quiet-checks">
          <h3 id={`${step}-quiet`} className={styles.heading}>
            Passed or not applicable ({quiet.length})
          </h3>
          <ul className={styles.rows} aria-label="Passed or not applicable">
            {quiet.map((finding) => (
              <li key={finding.ruleId} className={styles.row}>
                <details data-rule-row={finding.ruleId}>
                  <summary className={styles.summary}>
                    <QuietBadge finding={finding} />
                    <span className={styles.rowTitle}>{finding.headline ?? finding.title}</span>
                    <span className={styles.rowMessage}>{finding.message}</span>
                  </summary>
                  <div className={styles.rowBody}>{card(finding)}</div>
                </details>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
