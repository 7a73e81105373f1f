/**
 * *What changed*: the pack in use against the built-in pack, in words, grouped by builds,
 * deadlines, thresholds, codes and Cloud Sync; the raw path of each change behind Details.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { useMemo } from 'react'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { diffPacks } from '~shared/rules/pack/pack-diff'
import { userDateFormatter } from '~renderer/components/locale-date'
import { wordPackDiff } from '~shared/rules/pack/pack-diff-words'
import { useWizardStore } from '~renderer/store/context'

const useStyles = makeStyles({
  group: { margin: `0 0 ${tokens.spacingVerticalM}` },
  title: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalXL },
  detail: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
})

/** The differences between the built-in pack and the pack in use. */
export function WhatChanged() {
  const styles = useStyles()
  const pack = useWizardStore((state) => state.rulePack)
  const sections = useMemo(() => wordPackDiff(diffPacks(BUILT_IN_PACK, pack), userDateFormatter()), [pack])
  if (pack === BUILT_IN_PACK || (pack.version === BUILT_IN_PACK.version && sections.length === 0)) {
    return <p>The checks use the built-in pack, so nothing differs from it. After you import a newer pack, its changes are listed here.</p>
  }
  const count = sections.reduce((sum, section) => sum + section.changes.length, 0)
  return (
    <>
      <p>
        Rule pack {pack.version} differs from the built-in pack {BUILT_IN_PACK.version} in {count} place{count === 1 ? '' : 's'}. Findings that depend on
        these facts may read differently than with the built-in pack.
      </p>
      {sections.map((section) => (
        <div key={section.title} className={styles.group}>
          <p className={styles.title}>
            {section.title} ({section.changes.length})
          </p>
          <ul className={styles.list}>
            {section.changes.map((change) => (
              <li key={change.detail}>
                {change.text}
                <details>
                  <summary>Details</summary>
                  <span className={styles.detail}>{change.detail}</span>
                </details>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  )
}
