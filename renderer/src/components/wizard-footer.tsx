/**
 * Back and Next, naming where they go.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { ChevronLeft20Regular, ChevronRight20Regular } from '@fluentui/react-icons'

/** Props of {@link WizardFooter}; a missing title means there is no step that way. */
export interface WizardFooterProps {
  readonly previousTitle: string | undefined
  readonly nextTitle: string | undefined
  readonly onBack: () => void
  readonly onNext: () => void
}

const useStyles = makeStyles({
  footer: {
    display: 'flex',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    '@media print': { display: 'none' },
  },
})

/** The footer bar under the step content. */
export function WizardFooter({ previousTitle, nextTitle, onBack, onNext }: WizardFooterProps) {
  const styles = useStyles()
  return (
    <div className={styles.footer}>
      <Button icon={<ChevronLeft20Regular />} disabled={previousTitle === undefined} onClick={onBack}>
        {previousTitle === undefined ? 'Back' : `Back: ${previousTitle}`}
      </Button>
      <Button
        appearance="primary"
        icon={<ChevronRight20Regular />}
        iconPosition="after"
        disabled={nextTitle === undefined}
        onClick={onNext}
      >
        {nextTitle === undefined ? 'Next' : `Next: ${nextTitle}`}
      </Button>
    </div>
  )
}
