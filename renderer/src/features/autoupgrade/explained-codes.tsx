/**
 * Auto-upgrade codes explained: each code, what it means, what it does to automatic upgrade and
 * how to fix it (with the PowerShell where there is one).
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import type { ExplainedCode } from '~shared/autoupgrade/auto-upgrade-outlook'
import { CodeBlock } from '~renderer/components/code-block'

/** Props of {@link ExplainedCodes}. */
export interface ExplainedCodesProps {
  readonly codes: readonly ExplainedCode[]
  readonly label: string
  readonly onCopy: (text: string) => Promise<boolean>
}

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalM },
  item: {
    display: 'grid',
    rowGap: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
  },
  code: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  line: { margin: 0 },
  label: { fontWeight: tokens.fontWeightSemibold },
})

/** One entry per code. */
export function ExplainedCodes({ codes, label, onCopy }: ExplainedCodesProps) {
  const styles = useStyles()
  return (
    <ul className={styles.list} aria-label={label}>
      {codes.map((code) => (
        <li key={`${code.code}-${code.detail ?? ''}`} className={styles.item} data-code={code.code}>
          <span className={styles.code}>{code.code}</span>
          <p className={styles.line}>{code.meaning}</p>
          {code.detail === null ? null : (
            <p className={styles.line}>
              <span className={styles.label}>Detail reported: </span>
              {code.detail}
            </p>
          )}
          <p className={styles.line}>
            <span className={styles.label}>Effect: </span>
            {code.effect}
          </p>
          <p className={styles.line}>
            <span className={styles.label}>Fix: </span>
            {code.fix}
          </p>
          {code.powershell === undefined ? null : <CodeBlock code={code.powershell} what={`PowerShell to fix ${code.code}`} onCopy={onCopy} />}
        </li>
      ))}
    </ul>
  )
}
