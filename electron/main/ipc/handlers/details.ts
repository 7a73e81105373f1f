/**
 * `details:open-file`: the user picks an input file in the native dialog; main reads it.
 * `details:open-folder`: the same for a Get-ADSyncServerConfiguration export folder, read as one input.
 *
 * Any accepted input: the contract's JSON or one of its text forms, the format detected. The path
 * comes from main's own dialog, never from the renderer: the renderer is untrusted, and a path it
 * sent could name any file on the machine.
 */
import { ok } from '~shared/ipc/result'
import { readFolderForRenderer, readInputForRenderer } from '~electron/main/services/read-input-for-renderer'
import type { Handler } from '../guard'
import type { MainDeps } from '../types'

/** Builds the `details:open-file` handler. */
export function createOpenFileHandler(deps: MainDeps): Handler<'details:open-file'> {
  return async () => {
    const path = await deps.showOpenDialog()
    if (path === undefined) {
      return ok({ status: 'canceled' })
    }
    const read = await readInputForRenderer(path)
    return read.ok ? ok({ status: 'opened', ...read.value }) : read
  }
}

/** Builds the `details:open-folder` handler. */
export function createOpenFolderHandler(deps: MainDeps): Handler<'details:open-folder'> {
  return async () => {
    const path = await deps.showOpenFolderDialog()
    if (path === undefined) {
      return ok({ status: 'canceled' })
    }
    const read = await readFolderForRenderer(path)
    return read.ok ? ok({ status: 'opened', ...read.value }) : read
  }
}
