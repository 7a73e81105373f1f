/**
 * The renderer's entry: create the store over the preload's API, load app info, mount the app.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { getWindowApi } from './api'
import { App } from './app'
import { FirstPaintProvider } from './components/after-first-paint'
import { ErrorBoundary } from './components/error-boundary'
import { createWizardStore } from './store'
import { WizardStoreProvider } from './store/context'
import { ThemedProvider } from './theme'

const container = document.getElementById('root')
if (container === null) {
  throw new Error('index.html has no #root element.')
}
const store = createWizardStore({ api: getWindowApi() })
void store.getState().loadAppInfo()
void store.getState().loadRulePack()
// The saved assessments, so the walk can offer to continue the last one.
void store.getState().refreshAssessments()

createRoot(container).render(
  <StrictMode>
    <WizardStoreProvider store={store}>
      <ThemedProvider>
        <ErrorBoundary onRecover={() => store.getState().goTo('details')}>
          <FirstPaintProvider>
            <App />
          </FirstPaintProvider>
        </ErrorBoundary>
      </ThemedProvider>
    </WizardStoreProvider>
  </StrictMode>,
)
