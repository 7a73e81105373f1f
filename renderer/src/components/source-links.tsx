/**
 * The articles behind a finding, opened in the OS browser through main.
 */
import { Link, makeStyles, tokens } from '@fluentui/react-components'
import { Open16Regular } from '@fluentui/react-icons'
import type { MouseEvent } from 'react'
import type { SourceRef } from '~shared/rules/types'

/** Props of {@link SourceLinks}. */
export interface SourceLinksProps {
  readonly sources: readonly SourceRef[]
  /** Called with the article's URL; the page itself never navigates. */
  readonly onOpenLink: (url: string) => void
}

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL, display: 'grid', rowGap: tokens.spacingVerticalXS },
  icon: { verticalAlign: 'middle', marginInlineStart: tokens.spacingHorizontalXXS },
})

/** One link per source, by its title (the revision read is in the finding's Details). */
export function SourceLinks({ sources, onOpenLink }: SourceLinksProps) {
  const styles = useStyles()
  const open = (url: string) => (event: MouseEvent) => {
    event.preventDefault()
    onOpenLink(url)
  }
  return (
    <ul className={styles.list}>
      {sources.map((source) => (
        <li key={source.url}>
          <Link href={source.url} onClick={open(source.url)}>
            {source.title}
            <Open16Regular className={styles.icon} aria-label="(opens in your browser)" />
          </Link>
        </li>
      ))}
    </ul>
  )
}
