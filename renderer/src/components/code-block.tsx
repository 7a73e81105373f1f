/**
 * PowerShell (or any code) in a monospace block, with a copy button (and any other actions) beside it.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import { CopyButton } from './copy-button'

/** Props of {@link CodeBlock}. */
export interface CodeBlockProps {
  readonly code: string
  /** What is copied, for the copy button's accessible name ("PowerShell for step 2"). */
  readonly what: string
  readonly onCopy: (text: string) => Promise<boolean>
  /** The block's accessible name. */
  readonly label?: string
  /** A long script: it scrolls inside a block of limited height (and takes keyboard focus to scroll). */
  readonly isLong?: boolean
  readonly className?: string
  /** More buttons shown under the copy button (a script's Save…). */
  readonly actions?: ReactNode
}

const useStyles = makeStyles({
  code: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    marginBlockStart: tokens.spacingVerticalXS,
  },
  pre: {
    flexGrow: 1,
    minWidth: 0,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
  },
  long: { maxHeight: '26rem', overflowY: 'auto', '@media print': { maxHeight: 'none', overflowY: 'visible' } },
  copy: { display: 'grid', justifyItems: 'start', rowGap: tokens.spacingVerticalS, '@media print': { display: 'none' } },
})

/** The code, as is, in a `<pre>`; the copy button copies exactly that text. */
export function CodeBlock({ code, what, onCopy, label = 'PowerShell', isLong = false, className, actions }: CodeBlockProps) {
  const styles = useStyles()
  return (
    <div className={mergeClasses(styles.code, className)}>
      {/* A scrolling block must be reachable by keyboard (axe: scrollable-region-focusable). */}
      <pre className={mergeClasses(styles.pre, isLong && styles.long)} aria-label={label} tabIndex={isLong ? 0 : undefined}>
        <code>{code}</code>
      </pre>
      <span className={styles.copy}>
        <CopyButton text={code} what={what} onCopy={onCopy} />
        {actions}
      </span>
    </div>
  )
}
