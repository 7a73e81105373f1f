/**
 * The answer first: once any fact is in, the top of the walk says in one sentence what is most
 * urgent on this server, when it happened, what it means and what to do, with one button to the
 * step that does it. The summary shows the same sentence as its verdict.
 */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { ArrowRight20Regular } from '@fluentui/react-icons'
import { useEffect, useRef } from 'react'
import type { ServerHeadline } from '~shared/headline/server-headline'
import { StatusBadge } from '~renderer/components/status-badge'
import { useWizardStore } from '~renderer/store/context'
import { selectServerHeadline } from '~renderer/store/headline-selectors'

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    backgroundColor: tokens.colorNeutralBackground1,
    '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  critical: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  'action-required': { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  incomplete: { borderLeftColor: tokens.colorBrandStroke1 },
  ok: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  text: { display: 'grid', rowGap: tokens.spacingVerticalXS, justifyItems: 'start' },
  sentence: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, maxWidth: '75ch' },
  action: { justifySelf: 'start', '@media print': { display: 'none' } },
})

/** Props of {@link HeadlineCard}. */
export interface HeadlineCardProps {
  readonly headline: ServerHeadline
  /** Hides the button (on the step it would go to). */
  readonly isActionHidden?: boolean
}

/** The headline as a card: verdict, sentence, button. */
export function HeadlineCard({ headline, isActionHidden = false }: HeadlineCardProps) {
  const styles = useStyles()
  const goTo = useWizardStore((state) => state.goTo)
  return (
    <section className={mergeClasses(styles.card, styles[headline.tone])} aria-label="Verdict" data-testid="server-headline">
      <div className={styles.text}>
        <StatusBadge state={headline.tone} prefix="Verdict:" />
        <p className={styles.sentence}>{headline.sentence}</p>
      </div>
      {isActionHidden ? null : (
        <Button className={styles.action} appearance="primary" icon={<ArrowRight20Regular />} iconPosition="after" onClick={() => goTo(headline.action.step)}>
          {headline.action.label}
        </Button>
      )}
    </section>
  )
}

/** The headline above the install-details step, scrolled into view when it first appears. */
export function ServerHeadlineBanner() {
  const headline = useWizardStore(selectServerHeadline)
  const isDetailsStep = useWizardStore((state) => state.step === 'details')
  const ref = useRef<HTMLDivElement>(null)
  const isShown = headline !== undefined && isDetailsStep
  useEffect(() => {
    if (isShown) {
      ref.current?.scrollIntoView?.({ block: 'nearest' })
    }
  }, [isShown])
  return isShown ? (
    <div ref={ref}>
      <HeadlineCard headline={headline} />
    </div>
  ) : null
}
