/**
 * Show, copy and save the bundled collector script (for running it on the server yourself).
 */
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components'
import { ArrowDownload20Regular, Code20Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import { CodeBlock } from '~renderer/components/code-block'
import { CopyButton } from '~renderer/components/copy-button'
import { useWizardStore } from '~renderer/store/context'

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  saved: { margin: 0, color: tokens.colorNeutralForeground2 },
})

/** How to run the script on the server, as a command to copy. */
export const RUN_COMMAND =
  'powershell.exe -NoProfile -ExecutionPolicy Bypass -File .\\Collect-EntraConnectDetails.ps1 -OutFile .\\install-details.json'

/** The script's buttons, the shown script, the run command, and any error. */
export function CollectorScriptActions() {
  const styles = useStyles()
  const [isShown, setShown] = useState(false)
  const script = useWizardStore((state) => state.collectorScript)
  const error = useWizardStore((state) => state.collectorScriptError)
  const savedAs = useWizardStore((state) => state.collectorScriptSavedAs)
  const loadScript = useWizardStore((state) => state.loadCollectorScript)
  const saveScript = useWizardStore((state) => state.saveCollectorScript)
  const copyText = useWizardStore((state) => state.copyText)
  const copyScript = useWizardStore((state) => state.copyCollectorScript)
  return (
    <>
      <div className={styles.actions}>
        <Button
          icon={<Code20Regular />}
          aria-expanded={isShown}
          onClick={() => {
            setShown(!isShown)
            void loadScript()
          }}
        >
          {isShown ? 'Hide the script' : 'Show the script'}
        </Button>
        <CopyButton text="" what="the collector script" onCopy={() => copyScript()} />
        <Button icon={<ArrowDownload20Regular />} onClick={() => void saveScript()}>
          Save the script…
        </Button>
        {savedAs === undefined ? null : (
          <p className={styles.saved} role="status">
            Saved as {savedAs}.
          </p>
        )}
      </div>
      {error === undefined ? null : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {isShown && script !== undefined ? (
        <CodeBlock code={script.text} what="the script shown" label="Collector script" onCopy={copyText} isLong />
      ) : null}
      <p className={styles.saved}>Then run it in an elevated Windows PowerShell on the sync server:</p>
      <CodeBlock code={RUN_COMMAND} what="the command that runs the collector" onCopy={copyText} />
    </>
  )
}
