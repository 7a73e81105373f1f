/**
 * The keys trusted to sign rule packs, each with its fingerprint, and *Add trusted key…*: main's
 * dialog reads the key, this shows its fingerprint, and only *Trust this key* trusts it.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components'
import { useWizardStore } from '~renderer/store/context'

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  fingerprint: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  tools: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalS },
})

/** The trusted keys and the add-a-key flow. */
export function TrustedKeys() {
  const styles = useStyles()
  const keys = useWizardStore((state) => state.trustedKeys)
  const pending = useWizardStore((state) => state.pendingKey)
  const isBusy = useWizardStore((state) => state.isPackBusy)
  const chooseKey = useWizardStore((state) => state.chooseKey)
  const trustPendingKey = useWizardStore((state) => state.trustPendingKey)
  const dismissPendingKey = useWizardStore((state) => state.dismissPendingKey)
  return (
    <>
      {keys === undefined ? (
        <p>Reading the trusted keys…</p>
      ) : keys.length === 0 ? (
        <p>No key is trusted yet: only the built-in pack can be used. Add your organisation's or the maintainers' public key to import packs they sign.</p>
      ) : (
        <ul className={styles.list}>
          {keys.map((key) => (
            <li key={key.fingerprint}>
              {key.name} ({key.origin === 'release' ? "the maintainers' release key" : 'added on this computer'}): <span className={styles.fingerprint}>{key.fingerprint}</span>
            </li>
          ))}
        </ul>
      )}
      {pending === undefined ? (
        <div className={styles.tools}>
          <Button disabled={isBusy} onClick={() => void chooseKey()}>
            Add trusted key…
          </Button>
        </div>
      ) : (
        <MessageBar intent={pending.isAlreadyTrusted ? 'info' : 'warning'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{pending.isAlreadyTrusted ? 'This key is already trusted' : `Trust the key ${pending.key.name}?`}</MessageBarTitle>
            Fingerprint <span className={styles.fingerprint}>{pending.key.fingerprint}</span>. Compare it with the fingerprint its owner gave you (by phone or on paper, not
            in the same email as the key) before you trust it: every pack it signs will be used.
            <div className={styles.tools}>
              {pending.isAlreadyTrusted ? null : (
                <Button appearance="primary" disabled={isBusy} onClick={() => void trustPendingKey()}>
                  Trust this key
                </Button>
              )}
              <Button onClick={dismissPendingKey}>{pending.isAlreadyTrusted ? 'Close' : 'Do not trust it'}</Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  )
}
