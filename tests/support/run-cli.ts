/**
 * Running the command line in process, as the tests call it: what it printed and its exit status.
 */
import { runCli } from '../../electron/cli/main'

/** The outcome of one run. */
export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
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
  })
  return { code, stdout, stderr }
}
