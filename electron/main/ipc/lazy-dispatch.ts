/**
 * A dispatcher that loads the real one on the first request: main registers every channel before
 * its window opens, but the handlers, the contract's schemas and the services they need are
 * imported only when the page first asks for something.
 */
import type { Result } from '~shared/ipc/result'
import type { Dispatch } from './types'

const MAX_REASON_LENGTH = 300

function loadFailure(channel: string, error: unknown): Result<never> {
  const shown = channel.slice(0, 80)
  const reason = (error instanceof Error ? error.message : String(error)).slice(0, MAX_REASON_LENGTH)
  return { ok: false, error: { code: 'internal', message: `The app could not load its handler for ${shown}: ${reason}` } }
}

/**
 * Wraps `load` (which builds the real dispatcher, guard included) so that it runs once, on the
 * first request; requests that arrive while it loads wait for it. Every request still goes
 * through the loaded dispatcher, so the sender check and the schema parse are unchanged. A load
 * that fails answers `internal` to the requests waiting on it, and the next request tries again.
 * Never throws.
 */
export function createLazyDispatch(load: () => Promise<Dispatch>, onLoadError?: (error: unknown) => void): Dispatch {
  let loading: Promise<Dispatch> | undefined
  return async (channel, request, sender) => {
    const pending = (loading ??= load())
    const loaded = await pending.then(
      (dispatch) => ({ dispatch }),
      (error: unknown) => ({ error }),
    )
    if ('error' in loaded) {
      if (loading === pending) {
        loading = undefined
      }
      onLoadError?.(loaded.error)
      return loadFailure(channel, loaded.error)
    }
    return loaded.dispatch(channel, request, sender)
  }
}
