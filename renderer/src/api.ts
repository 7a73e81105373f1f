/**
 * The one module that touches `window.api`, the preload's bridge to main.
 *
 * Everything else receives the API through the store's dependencies, so tests pass a fake.
 */
import type { WizardApi } from '~shared/ipc/api'

declare global {
  interface Window {
    /** Exposed by the preload (contextBridge); its shape is derived from the IPC contract. */
    readonly api: WizardApi
  }
}

/**
 * Returns the preload's API.
 *
 * Throws when the page runs without the preload (opened in a plain browser), so the failure is
 * named rather than surfacing later as "cannot read properties of undefined".
 */
export function getWindowApi(): WizardApi {
  const api = (window as Partial<Window>).api
  if (api === undefined) {
    throw new Error('window.api is missing: the page must run inside the app (the preload supplies it).')
  }
  return api
}
