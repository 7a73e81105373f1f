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
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    today: () => '2026-11-26',
    version: '9.9.9',
  })
  return { code, stdout, stderr }
}
