/**
 * Runs a fresh Node process and times it from spawn to exit, so Node's start-up is in every sample.
 */
import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'

/** A finished child process. */
export interface ChildRun {
  /** Wall time from spawn to exit, in milliseconds. */
  readonly ms: number
  readonly exitCode: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Options for {@link runNode}. */
export interface RunNodeOptions {
  readonly cwd?: string
  readonly env?: Readonly<Record<string, string>>
}

/** Runs `node <args>` (the same Node binary as this process) and collects its output. */
export function runNode(args: readonly string[], options: RunNodeOptions = {}): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(process.execPath, [...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (exitCode) => {
      resolve({
        ms: performance.now() - start,
        exitCode,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      })
    })
  })
}

/** Throws with the child's stderr when it exited with a status not in `allowed`. */
export function expectExit(run: ChildRun, allowed: readonly number[], what: string): void {
  if (run.exitCode === null || !allowed.includes(run.exitCode)) {
    throw new Error(`${what} exited with ${String(run.exitCode)}: ${run.stderr.slice(0, 2000)}`)
  }
}
