/**
 * `details:open-file`: the user picks an install-details file in the native dialog; main reads it.
 *
 * The path comes from main's own dialog, never from the renderer (style guide section 4).
 */
import { ok } from '../../../../shared/ipc/result'
import { readInstallDetailsFile } from '../../services/read-install-details-file'
import type { Handler } from '../guard'
import type { MainDeps } from '../types'

/** Builds the `details:open-file` handler. */
export function createOpenFileHandler(deps: MainDeps): Handler<'details:open-file'> {
  return async () => {
    const path = await deps.showOpenDialog()
    if (path === undefined) {
      return ok({ status: 'canceled' })
    }
    const read = await readInstallDetailsFile(path)
    return read.ok ? ok({ status: 'opened', ...read.value }) : read
  }
}
