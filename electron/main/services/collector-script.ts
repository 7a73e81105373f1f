/**
 * The bundled collector script: read for showing and copying, copied where the user saves it.
 */
import fsp from 'node:fs/promises'
import { basename } from 'node:path'
import { fail, ok, type Result } from '~shared/ipc/result'
import { MAX_SCRIPT_CHARS, type CollectorScript } from '~shared/ipc/input-schemas'

/** The script's file name, as shipped and as offered in the save dialog. */
export const COLLECTOR_SCRIPT_NAME = 'Collect-EntraConnectDetails.ps1'

const REINSTALL = 'The app’s collector script is missing or unreadable; reinstall the app, or get the script from whoever gave you the app.'

/** Reads the script's text (BOM removed). Never throws. */
export async function readCollectorScript(scriptPath: string): Promise<Result<CollectorScript>> {
  try {
    const text = (await fsp.readFile(scriptPath, 'utf8')).replace(/^\uFEFF/, '')
    return text.length > MAX_SCRIPT_CHARS
      ? fail('file-unreadable', `${REINSTALL} (It is larger than expected.)`)
      : ok({ fileName: COLLECTOR_SCRIPT_NAME, text })
  } catch {
    return fail('file-unreadable', REINSTALL)
  }
}

/** Copies the script to `targetPath` (a path from main's save dialog). Never throws. */
export async function copyCollectorScript(scriptPath: string, targetPath: string): Promise<Result<{ fileName: string }>> {
  const fileName = basename(targetPath) || targetPath
  try {
    await fsp.copyFile(scriptPath, targetPath)
    return ok({ fileName })
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    if (code === 'ENOENT' && !(await exists(scriptPath))) {
      return fail('file-unreadable', REINSTALL)
    }
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission to write there was denied' : `it could not be written (${typeof code === 'string' ? code : 'unknown error'})`
    return fail('file-unwritable', `${fileName}: ${why}. Choose another folder, such as Documents, and save again.`)
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await fsp.access(path)
    return true
  } catch {
    return false
  }
}
