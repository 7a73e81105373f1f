/**
 * Where Windows PowerShell 5.1 is, by absolute path: the app never starts `powershell.exe` by bare
 * name, because Windows would look in the app's own folder (and the current one) first, and a
 * planted powershell.exe next to a portable app would run elevated on the sync server.
 */
import { win32 } from 'node:path'
import { fail, ok, type Result } from '~shared/ipc/result'

/** Under %SystemRoot%, as Windows installs it. */
const RELATIVE_PATH = ['System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe'] as const

/** A local drive path such as `C:\Windows`: no UNC share, no device path, no relative or `..` part. */
const LOCAL_FOLDER = /^[A-Za-z]:\\(?:[^\\/:*?"<>|]+(?:\\[^\\/:*?"<>|]+)*\\?)?$/

/** Control characters (below U+0020) have no place in a folder name. */
function hasControlCharacter(text: string): boolean {
  return [...text].some((character) => character.charCodeAt(0) < 0x20)
}

/**
 * `%SystemRoot%\System32\WindowsPowerShell\v1.0\powershell.exe` from the `SystemRoot` environment
 * variable, or a failure naming the value when it is missing or not a local folder path.
 */
export function windowsPowerShellPath(systemRoot: string | undefined): Result<string> {
  const root = systemRoot?.trim() ?? ''
  const parts = root.split('\\')
  if (!LOCAL_FOLDER.test(root) || hasControlCharacter(root) || parts.some((part) => part === '.' || part === '..')) {
    const shown = root === '' ? 'not set' : `"${root.slice(0, 100)}"`
    return fail('collector-failed', `Windows PowerShell could not be located: the SystemRoot environment variable is ${shown}, not a local folder such as C:\\Windows.`)
  }
  return ok(win32.join(root, ...RELATIVE_PATH))
}
