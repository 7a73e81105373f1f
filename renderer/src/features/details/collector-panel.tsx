/**
 * "Collect from this server": on the Windows sync server the app runs the read-only collector
 * itself (progress lines, Cancel); anywhere else it says so and offers the script to take there.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components'
import { Play20Regular } from '@fluentui/react-icons'
import { useWizardStore } from '~renderer/store/context'
import { CollectorScriptActions } from './collector-script-actions'

const useStyles = makeStyles({
  panel: { display: 'grid', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  text: { margin: 0, maxWidth: '80ch' },
  run: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  log: {
    margin: 0,
    maxHeight: '10rem',
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    listStyle: 'none',
  },
})

function RunOnThisServer() {
  const styles = useStyles()
  const status = useWizardStore((state) => state.collectorStatus)
  const lines = useWizardStore((state) => state.collectorLines)
  const error = useWizardStore((state) => state.collectorError)
  const run = useWizardStore((state) => state.runCollector)
  const cancel = useWizardStore((state) => state.cancelCollector)
  const isRunning = status === 'running'
  return (
    <>
      <div className={styles.run}>
        <Button appearance="primary" icon={<Play20Regular />} disabled={isRunning} onClick={() => void run()}>
          Collect from this server
        </Button>
        {isRunning ? (
          <>
            <Spinner size="tiny" label="Collecting…" />
            <Button onClick={() => void cancel()}>Cancel</Button>
          </>
        ) : null}
      </div>
      {lines.length === 0 ? null : (
        <ol className={styles.log} role="log" aria-label="Collector progress" tabIndex={0}>
          {lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ol>
      )}
      {status === 'done' ? <p className={styles.text}>Collected: the details are loaded as an input below.</p> : null}
      {error === undefined ? null : (
        <MessageBar intent={status === 'canceled' ? 'warning' : 'error'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{status === 'canceled' ? 'Collection canceled' : 'Collection failed'}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  )
}

/** The collector panel. */
export function CollectorPanel() {
  const styles = useStyles()
  const platform = useWizardStore((state) => state.appInfo?.platform)
  return (
    <div className={styles.panel}>
      <p className={styles.text}>
        The collector is a read-only Windows PowerShell script: it reads the registry, the system and the ADSync cmdlets,
        changes nothing and makes no network calls, and writes one install-details JSON file.
      </p>
      {platform === 'win32' ? (
        <RunOnThisServer />
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Collecting runs only on the Windows sync server</MessageBarTitle>
            This app is not running on Windows. Copy or save the script, run it on the Entra Connect server, then open or
            drop the file it writes here.
          </MessageBarBody>
        </MessageBar>
      )}
      <CollectorScriptActions />
    </div>
  )
}
