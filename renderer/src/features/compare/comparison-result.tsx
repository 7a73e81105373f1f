/**
 * What the comparison found: the verdict then and now, how many checks were fixed, newly fail,
 * changed or stayed the same, what makes the runs less comparable, the two runs, and every rule.
 */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens, useId } from '@fluentui/react-components'
import type { AssessmentComparison } from '~shared/report/compare-assessments'
import { STATE_PRESENTATION } from '~renderer/components/status-presentation'
import { CHANGE_PRESENTATION, CHANGES_IN_ORDER } from './change-presentation'
import { ChangeGroups } from './change-groups'
import { RunLabels } from './run-labels'
import { StatusChange } from './status-change'

const useStyles = makeStyles({
  result: { display: 'grid', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  headline: {
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartColor: tokens.colorBrandStroke1,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  sentence: { margin: 0 },
  counts: { listStyleType: 'none', display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, margin: 0, padding: 0 },
  count: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  number: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  notes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
})

/** The verdict's move as one sentence. */
export function verdictSentence({ comparison }: AssessmentComparison): string {
  const then = STATE_PRESENTATION[comparison.verdictBefore].label
  const now = STATE_PRESENTATION[comparison.verdictAfter].label
  return then === now ? `The verdict stayed ${then}.` : `The verdict moved from ${then} to ${now}.`
}

/** The comparison's result. */
export function ComparisonResult({ result }: { readonly result: AssessmentComparison }) {
  const styles = useStyles()
  const headingId = useId('compare-verdict')
  const { comparison } = result
  return (
    <div className={styles.result}>
      <section className={styles.headline} aria-labelledby={headingId}>
        <h3 id={headingId} className={styles.heading}>
          Verdict
        </h3>
        <StatusChange before={comparison.verdictBefore} after={comparison.verdictAfter} />
        <p className={styles.sentence}>{verdictSentence(result)}</p>
        <ul className={styles.counts} aria-label="Checks by change">
          {CHANGES_IN_ORDER.map((change) => {
            const { label, Icon } = CHANGE_PRESENTATION[change]
            return (
              <li key={change} className={styles.count} data-count={change}>
                <Icon aria-hidden />
                {label}
                <span className={styles.number}>{comparison.counts[change]}</span>
              </li>
            )
          })}
        </ul>
      </section>
      {comparison.notes.length === 0 ? null : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Read with care</MessageBarTitle>
            <ul className={styles.notes}>
              {comparison.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <RunLabels before={result.before} after={result.after} />
      <ChangeGroups rules={comparison.rules} />
    </div>
  )
}
