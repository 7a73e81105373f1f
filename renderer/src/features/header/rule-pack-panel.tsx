/**
 * The rule pack panel: which pack the checks use (version, date, age, source, signer), what to do
 * when it may be out of date, *Import rule pack…*, the keys trusted to sign packs (each with its
 * fingerprint, a new one shown before it is trusted) and *What changed* against the built-in pack.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components'
import { formatUserDate } from '~renderer/components/locale-date'
import { packAge, STALE_AFTER_DAYS } from '~shared/rules/pack/pack-age'
import { NativeDialog } from '~renderer/components/native-dialog'
import { useWizardStore } from '~renderer/store/context'
import { TrustedKeys } from './trusted-keys'
import { WhatChanged } from './what-changed'

const useStyles = makeStyles({
  dialog: { width: 'min(860px, calc(100vw - 48px))', maxHeight: 'calc(100vh - 48px)' },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  tools: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
  section: { marginBlockStart: tokens.spacingVerticalL },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalS}` },
  fingerprint: { fontFamily: tokens.fontFamilyMonospace },
})

/** Props of {@link RulePackPanel}. */
export interface RulePackPanelProps {
  readonly isOpen: boolean
  readonly onClose: () => void
}

/** The panel (a modal dialog). */
export function RulePackPanel({ isOpen, onClose }: RulePackPanelProps) {
  const styles = useStyles()
  const pack = useWizardStore((state) => state.rulePack)
  const origin = useWizardStore((state) => state.packOrigin)
  const refused = useWizardStore((state) => state.refusedPacks)
  const notice = useWizardStore((state) => state.packNotice)
  const isBusy = useWizardStore((state) => state.isPackBusy)
  const today = useWizardStore((state) => state.appInfo?.today)
  const importRulePack = useWizardStore((state) => state.importRulePack)
  const age = today === undefined ? undefined : packAge(pack.asOf, today)
  return (
    <NativeDialog isOpen={isOpen} onClose={onClose} title="Rule pack" isModal className={styles.dialog} closeLabel="Close the rule pack">
      {age?.isStale === true ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The rules may be out of date</MessageBarTitle>
            These facts were checked {age.days} days ago (more than {STALE_AFTER_DAYS}). Microsoft may have published new builds or dates since.
            Ask the maintainers (or your organisation) for a newer signed rule pack, copy the pack and its .sig file to this computer, and use
            Import rule pack.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <dl className={styles.facts}>
        <dt className={styles.term}>In use</dt>
        <dd className={styles.detail}>
          Rule pack {pack.version}, facts checked {formatUserDate(pack.asOf)}
          {age === undefined ? '' : age.days === 0 ? ' (today)' : ` (${age.days} day${age.days === 1 ? '' : 's'} ago)`}
        </dd>
        <dt className={styles.term}>From</dt>
        <dd className={styles.detail}>{origin.source === 'built-in' ? 'Built into this version of the app' : "Imported and verified; kept in the app's data folder and checked again at every start"}</dd>
        <dt className={styles.term}>Signed by</dt>
        <dd className={styles.detail}>
          {origin.signer === undefined ? (
            'Ships inside the app (the app itself is what you trust)'
          ) : (
            <>
              {origin.signer.name}, fingerprint <span className={styles.fingerprint}>{origin.signer.fingerprint}</span>
            </>
          )}
        </dd>
      </dl>
      <div className={styles.tools}>
        <Button appearance="primary" disabled={isBusy} onClick={() => void importRulePack()}>
          Import rule pack…
        </Button>
      </div>
      {notice === undefined ? null : (
        <MessageBar intent={notice.tone} role="status" layout="multiline">
          <MessageBarBody>{notice.message}</MessageBarBody>
        </MessageBar>
      )}
      {refused.length === 0 ? null : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Kept packs not used</MessageBarTitle>
            {refused.join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.section} aria-labelledby="what-changed-heading">
        <h3 id="what-changed-heading" className={styles.heading}>
          What changed
        </h3>
        <WhatChanged />
      </section>
      <section className={styles.section} aria-labelledby="trusted-keys-heading">
        <h3 id="trusted-keys-heading" className={styles.heading}>
          Keys trusted to sign rule packs
        </h3>
        <TrustedKeys />
      </section>
    </NativeDialog>
  )
}
