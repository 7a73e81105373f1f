/**
 * A titled card for a step's own panels (beside the finding cards): the deadlines, the target,
 * the script, the questions, the checklist.
 */
import { makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components'
import type { ReactNode } from 'react'

/** Props of {@link SectionCard}. */
export interface SectionCardProps {
  readonly title: ReactNode
  readonly children: ReactNode
  /** Something beside the title (a badge, a count). */
  readonly aside?: ReactNode
  /** `prominent` draws the brand-coloured edge used for the step's main answer. */
  readonly isProminent?: boolean
  readonly className?: string
  /** Set as `data-section`, for tests. */
  readonly dataSection?: string
  /** True for a card of controls only (an export): it is left off the printed page. */
  readonly isScreenOnly?: boolean
}

const useStyles = makeStyles({
  card: {
    display: 'grid',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  prominent: { borderInlineStartWidth: tokens.strokeWidthThickest, borderInlineStartColor: tokens.colorBrandStroke1 },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  title: { margin: 0, flexGrow: 1, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
})

/** A `<section>` named by its heading (h3, under the step's h2). */
export function SectionCard({ title, children, aside, isProminent = false, className, dataSection, isScreenOnly = false }: SectionCardProps) {
  const styles = useStyles()
  const titleId = useId('section-title')
  return (
    <section className={mergeClasses(styles.card, isProminent && styles.prominent, className)} aria-labelledby={titleId} data-section={dataSection} data-print={isScreenOnly ? 'hide' : undefined}>
      <div className={styles.header}>
        <h3 id={titleId} className={styles.title}>
          {title}
        </h3>
        {aside}
      </div>
      {children}
    </section>
  )
}
