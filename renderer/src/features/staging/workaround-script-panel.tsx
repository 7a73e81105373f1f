/**
 * The generated staging-mode workaround script, for review: the app never runs it; the admin
 * copies or saves it and runs it on the server.
 */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components'
import type { WorkaroundScript } from '~shared/staging/workaround-script'
import { CodeBlock } from '~renderer/components/code-block'
import { SaveScriptButton } from './save-script-button'

/** Props of {@link WorkaroundScriptPanel}. */
export interface WorkaroundScriptPanelProps {
  readonly script: WorkaroundScript
  readonly isCoreReported: boolean
  readonly onCopy: (text: string) => Promise<boolean>
}

const useStyles = makeStyles({
  group: { display: 'grid', rowGap: tokens.spacingVerticalS },
  text: { margin: 0, maxWidth: '80ch' },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  file: { fontFamily: tokens.fontFamilyMonospace },
})

/** The script with its review notes, copy button and Save… button. */
export function WorkaroundScriptPanel({ script, isCoreReported, onCopy }: WorkaroundScriptPanelProps) {
  const styles = useStyles()
  return (
    <div className={styles.group} data-section="workaround-script">
      <h4 className={styles.subheading}>The workaround script, for review</h4>
      <p className={styles.text}>
        The app never runs this. Read it, copy it, save it on the server as <span className={styles.file}>{script.fileName}</span> and run it
        there in an elevated Windows PowerShell 5.1. It stops by itself in PowerShell 7, without elevation or on another
        computer, and checks StagingModeEnabled afterwards. The steps after the upgrade are at its end, as comments.
      </p>
      {isCoreReported ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This server reported PowerShell 7</MessageBarTitle>
            The cmdlet needs Windows PowerShell 5.1: start powershell.exe (not pwsh.exe) as administrator.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <CodeBlock
        code={script.text}
        what="the staging workaround script"
        label="Staging workaround script"
        onCopy={onCopy}
        isLong
        actions={<SaveScriptButton text={script.text} suggestedName={script.fileName} what="the staging workaround script" />}
      />
    </div>
  )
}
