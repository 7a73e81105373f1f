/**
 * Text for screen readers only: it is read where it stands but takes no room on screen (the
 * words that turn "Fail → Pass" into "then Fail, now Pass").
 */
import { makeStyles } from '@fluentui/react-components'
import type { ReactNode } from 'react'

const useStyles = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
})

/** `children`, read aloud but not shown. */
export function VisuallyHidden({ children }: { readonly children: ReactNode }) {
  const styles = useStyles()
  return <span className={styles.hidden}>{children}</span>
}
