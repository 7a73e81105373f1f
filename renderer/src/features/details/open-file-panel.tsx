/**
 * Opening an install-details file (the collector's output) through main, and what came of it.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components'
import { DismissRegular, FolderOpen20Regular } from '@fluentui/react-icons'
import { useWizardStore } from '../../store/context'

const useStyles = makeStyles({
  panel: { display: 'grid', rowGap: tokens.spacingVerticalM, justifyItems: 'start' },
  bar: { justifySelf: 'stretch' },
})

/** The "Open install-details file…" button with the loaded-file note or main's error. */
export function OpenFilePanel() {
  const styles = useStyles()
  const isOpening = useWizardStore((state) => state.isOpeningFile)
  const loadedFile = useWizardStore((state) => state.loadedFile)
  const error = useWizardStore((state) => state.openFileError)
  const openFile = useWizardStore((state) => state.openFile)
  const dismissError = useWizardStore((state) => state.dismissOpenFileError)
  return (
    <div className={styles.panel}>
      <Button icon={<FolderOpen20Regular />} disabled={isOpening} onClick={() => void openFile()}>
        Open install-details file…
      </Button>
      {error === undefined ? null : (
        <MessageBar intent="error" layout="multiline" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>The file was not loaded</MessageBarTitle>
            {error} Everything entered before is kept.
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label="Dismiss" icon={<DismissRegular />} onClick={dismissError} />
            }
          />
        </MessageBar>
      )}
      {loadedFile === undefined ? null : (
        <MessageBar intent="success" layout="multiline" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>
              Loaded {loadedFile.fileName} (server {loadedFile.serverName ?? 'name not given'})
            </MessageBarTitle>
            Every fact in the file is used by the checks; the form shows the ones you can change here.
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  )
}
