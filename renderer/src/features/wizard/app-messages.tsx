/**
 * Problems that belong to no step: app info unreadable, a link main would not open.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import { DismissRegular } from '@fluentui/react-icons'
import { useWizardStore } from '~renderer/store/context'
import { PackChangeMessage } from './pack-change-message'

/** The app-wide message bars, shown above the current step. */
export function AppMessages() {
  const appInfoError = useWizardStore((state) => state.appInfoError)
  const linkError = useWizardStore((state) => state.linkError)
  const dismissLinkError = useWizardStore((state) => state.dismissLinkError)
  return (
    <>
      <PackChangeMessage />
      {appInfoError === undefined ? null : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>App details could not be read</MessageBarTitle>
            {appInfoError} The checks use the rule pack&apos;s date until you set the as-of date in the header.
          </MessageBarBody>
        </MessageBar>
      )}
      {linkError === undefined ? null : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The link was not opened</MessageBarTitle>
            {linkError}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label="Dismiss" icon={<DismissRegular />} onClick={dismissLinkError} />
            }
          />
        </MessageBar>
      )}
    </>
  )
}
