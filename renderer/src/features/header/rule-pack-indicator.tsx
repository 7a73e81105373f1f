/**
 * The header's compact rule pack indicator: the pack's version and age, a warning once it is more
 * than 60 days old (counted to today, not to the as-of date: the question is whether the facts
 * are current, not what the rules said on a chosen day). It opens the rule pack panel (a lazy
 * chunk) with the details, *Import rule pack…*, the trusted keys and *What changed*.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { ShieldCheckmark20Regular, Warning20Regular } from '@fluentui/react-icons'
import { lazy, Suspense } from 'react'
import { packAge } from '~shared/rules/pack/pack-age'
import { useLazyPanel } from '~renderer/components/use-lazy-panel'
import { useWizardStore } from '~renderer/store/context'

const RulePackPanel = lazy(() => import('./rule-pack-panel').then((module) => ({ default: module.RulePackPanel })))

const useStyles = makeStyles({
  stale: { color: tokens.colorPaletteDarkOrangeForeground1 },
})

/** "today", "1 day old", "12 days old". */
export function ageText(days: number): string {
  return days === 0 ? 'checked today' : `${days} day${days === 1 ? '' : 's'} old`
}

/** The indicator button and, once pressed, the panel. */
export function RulePackIndicator() {
  const styles = useStyles()
  const panel = useLazyPanel()
  const version = useWizardStore((state) => state.rulePack.version)
  const packAsOf = useWizardStore((state) => state.rulePack.asOf)
  const today = useWizardStore((state) => state.appInfo?.today)
  const loadTrustedKeys = useWizardStore((state) => state.loadTrustedKeys)
  const age = today === undefined ? undefined : packAge(packAsOf, today)
  const show = () => {
    panel.open()
    void loadTrustedKeys()
  }
  return (
    <>
      <Button
        appearance="subtle"
        aria-haspopup="dialog"
        icon={age?.isStale === true ? <Warning20Regular className={styles.stale} /> : <ShieldCheckmark20Regular />}
        onClick={show}
      >
        Rule pack {version}
        {age === undefined ? null : ` · ${ageText(age.days)}`}
        {age?.isStale === true ? <span className={styles.stale}>&nbsp;· may be out of date</span> : null}
      </Button>
      {panel.isMounted ? (
        <Suspense fallback={null}>
          <RulePackPanel isOpen={panel.isOpen} onClose={panel.close} />
        </Suspense>
      ) : null}
    </>
  )
}
