/**
 * Rendering components the way the app does: inside Fluent's provider and the wizard store.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import { createWizardStore, type WizardStore } from '~renderer/store'
import { WizardStoreProvider } from '~renderer/store/context'
import { createFakeApi, type FakeApi } from './fake-api'

/** What {@link renderWithStore} gives back. */
export interface Rendered extends RenderResult {
  readonly store: WizardStore
  readonly fake: FakeApi
}

/** Renders `ui` in Fluent's light theme, over a fresh store with a fake API. */
export function renderWithStore(ui: ReactElement, fake: FakeApi = createFakeApi()): Rendered {
  const store = createWizardStore({ api: fake.api })
  const result = render(
    <WizardStoreProvider store={store}>
      <FluentProvider theme={webLightTheme}>{ui}</FluentProvider>
    </WizardStoreProvider>,
  )
  return { ...result, store, fake }
}
