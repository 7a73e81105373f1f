/**
 * Running the command line in process, as the tests call it: what it printed and its exit status.
 */
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '~electron/cli/main'

/** The outcome of one run. */
export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Where the command line looks for release keys in tests: a folder with none, unless a test sets one. */
let releaseKeyFolder = join(tmpdir(), 'entra-readiness-tests-no-release-keys')

/** Makes the next runs trust the `*.pub` keys in `folder` as release keys (undefined: none again). */
export function useReleaseKeyFolder(folder: string | undefined): void {
  releaseKeyFolder = folder ?? join(tmpdir(), 'entra-readiness-tests-no-release-keys')
}

/** Runs `argv` with today fixed at 2026-11-26 and version 9.9.9. */
export async function runCliForTest(...argv: string[]): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  // Bytes arrive in whole pieces, but decode as a stream anyway, as a terminal would.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  const code = await runCli(argv, {
    stdout: (chunk) => (stdout += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })),
    stderr: (text) => (stderr += text),
    today: () => '2026-11-26',
    version: '9.9.9',
    releaseKeyFolder,
  })
  return { code, stdout, stderr }
}
