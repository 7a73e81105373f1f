/**
 * One finding, in full: status, what was found, what to do, the evidence, why it matters and the
 * sources; the rule's id, the field paths and the revisions read sit behind "Details".
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components'
import type { Finding } from '~shared/rules/types'
import { adviceWords } from './cloud-sync-fit'
import { ConfidenceNote } from './confidence-note'
import { EvidenceTable } from './evidence-table'
import { isAlreadySaid, withoutSaid } from './said-once'
import { RemediationSteps } from './remediation-steps'
import { SourceLinks } from './source-links'
import { StatusBadge } from './status-badge'

/** Props of {@link FindingCard}. */
export interface FindingCardProps {
  readonly finding: Finding
  readonly onOpenLink: (url: string) => void
  /** Copies a PowerShell block; resolves to whether it worked. */
  readonly onCopy: (text: string) => Promise<boolean>
  /** Opens "Why this matters" at first (for trainees); the reader can still close it. */
  readonly isWhyOpen?: boolean
  /** Where the value at one document path came from, when the walk knows it (see EvidenceTable). */
  readonly sourceOf?: (path: string) => string | undefined
  /** What the screen already says above the card (the step's headline): not repeated in it. */
  readonly alreadySaid?: readonly string[]
}

const useStyles = makeStyles({
  card: {
    display: 'grid',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  title: { margin: 0, flexGrow: 1, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  details: { margin: 0, display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  term: { color: tokens.colorNeutralForeground2 },
  definition: { margin: 0, overflowWrap: 'anywhere' },
  message: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  section: { display: 'grid', rowGap: tokens.spacingVerticalXS },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  why: { margin: 0 },
})

/** A finding as a card; every part comes from the finding, so new rules need no UI change. */
export function FindingCard({ finding, onOpenLink, onCopy, isWhyOpen = false, sourceOf, alreadySaid = [] }: FindingCardProps) {
  const styles = useStyles()
  const titleId = useId('finding-title')
  // A headline the screen already says (the step's headline) is not said again: the card names its check.
  const headline = finding.headline ?? finding.title
  const title = isAlreadySaid(headline, alreadySaid) ? finding.title : headline
  const message = withoutSaid(finding.message, [headline, ...alreadySaid])
  return (
    <article className={styles.card} aria-labelledby={titleId} data-rule-id={finding.ruleId}>
      <div className={styles.header}>
        <StatusBadge state={finding.status} {...withAdvice(adviceWords(finding.ruleId, finding.status))} />
        <h3 id={titleId} className={styles.title}>
          {title}
        </h3>
      </div>
      {message === '' ? null : <p className={styles.message}>{message}</p>}
      <ConfidenceNote confidence={finding.confidence} caveat={finding.caveat} />
      {finding.remediation.length === 0 ? null : (
        <section className={styles.section}>
          <h4 className={styles.sectionTitle}>What to do</h4>
          <RemediationSteps steps={finding.remediation} onCopy={onCopy} />
        </section>
      )}
      <section className={styles.section}>
        <h4 className={styles.sectionTitle}>Evidence</h4>
        <EvidenceTable evidence={finding.evidence} label={`Evidence for ${title}`} {...(sourceOf === undefined ? {} : { sourceOf })} />
      </section>
      {finding.sources.length === 0 ? null : (
        <section className={styles.section}>
          <h4 className={styles.sectionTitle}>Sources</h4>
          <SourceLinks sources={finding.sources} onOpenLink={onOpenLink} />
        </section>
      )}
      <Accordion collapsible multiple key={isWhyOpen ? 'open' : 'closed'} defaultOpenItems={isWhyOpen ? ['why'] : []}>
        <AccordionItem value="why">
          <AccordionHeader as="h4" size="small">
            Why this matters
          </AccordionHeader>
          <AccordionPanel>
            <p className={styles.why}>{finding.why}</p>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="details">
          <AccordionHeader as="h4" size="small">
            Details
          </AccordionHeader>
          <AccordionPanel>
            <dl className={styles.details}>
              <dt className={styles.term}>Check</dt>
              <dd className={styles.definition}>
                {finding.title} (<span className={styles.code}>{finding.ruleId}</span>)
              </dd>
              <dt className={styles.term}>Reads</dt>
              <dd className={styles.definition}>
                <span className={styles.code}>{Object.keys(finding.evidence).join(', ') || 'nothing'}</span>
              </dd>
              {finding.sources.map((source) => (
                <FragmentRow key={source.url} term="Revision read" value={`${source.title}: ${source.revision}`} styles={styles} />
              ))}
            </dl>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </article>
  )
}

function withAdvice(advice: string | undefined): { readonly advice?: string } {
  return advice === undefined ? {} : { advice }
}

function FragmentRow({ term, value, styles }: { readonly term: string; readonly value: string; readonly styles: ReturnType<typeof useStyles> }) {
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.definition}>{value}</dd>
    </>
  )
}
