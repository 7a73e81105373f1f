/**
 * Runs the read-only PowerShell collector on this server ("Collect from this server").
 *
 * `<PowerShell> -NoProfile -NonInteractive -ExecutionPolicy Bypass -File <script> -OutFile <tmp>`,
 * where PowerShell is Windows PowerShell 5.1 by absolute path (windows-powershell-path.ts) unless
 * the caller names another, started in a private working folder, with a timeout, an output cap,
 * cancellation and a clean kill; the written file is then read by the same reader as an opened
 * file. Every failure says what to do instead.
 */
import type { ChildProcess, SpawnOptions } from 'node:child_process'
import { isAbsolute, win32 } from 'node:path'
import { fail, ok, type Result } from '~shared/ipc/result'
import { windowsPowerShellPath } from './windows-powershell-path'

/** The subset of `child_process.spawn` the runner uses, so tests can pass a fake process. */
export type SpawnProcess = (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess

/** What the runner needs. */
export interface CollectorRunOptions {
  readonly platform: NodeJS.Platform
  /**
   * The PowerShell to start, by absolute path. Left out, it is Windows PowerShell 5.1 under
   * `%SystemRoot%` (Windows only); the tests name pwsh here to run the real script on Linux.
   */
  readonly powershellPath?: string
  /** The environment for the child, and where `SystemRoot` is read from; defaults to this process's. */
  readonly env?: NodeJS.ProcessEnv
  readonly scriptPath: string
  /** A fresh path in a private temp folder; the collector's only write. */
  readonly outFile: string
  /** The child's working directory: the private temp folder `outFile` is in, never the app's folder. */
  readonly workingDirectory: string
  readonly spawn: SpawnProcess
  readonly timeoutMs?: number
  readonly maxOutputBytes?: number
  readonly signal?: AbortSignal
  /** Called with each line the collector prints, for a progress display. */
  readonly onOutput?: (line: string) => void
}

/** 2 minutes: the collector reads local cmdlets and the registry only. */
export const DEFAULT_TIMEOUT_MS = 120_000
/** 1 MiB of console output is far beyond what the collector prints. */
export const DEFAULT_MAX_OUTPUT_BYTES = 1024 * 1024

const RUN_IT_YOURSELF =
  'Run the collector yourself in an elevated Windows PowerShell on the sync server, then open the file it writes.'

/** The exact arguments: no profile, no prompts, this one script. */
export function collectorArguments(scriptPath: string, outFile: string): string[] {
  return ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', scriptPath, '-OutFile', outFile]
}

/** Turns PowerShell's error text into advice. */
export function explainCollectorFailure(exitCode: number | null, stderr: string): string {
  if (/access is denied|requires elevation|not have permission|UnauthorizedAccess/i.test(stderr)) {
    return `The collector was refused access (not elevated?). Start this app with "Run as administrator", or: ${RUN_IT_YOURSELF}`
  }
  if (/ADSync/i.test(stderr) && /not (loaded|found|recognized)|could not load|no valid module/i.test(stderr)) {
    return `The ADSync module was not found: is Entra Connect Sync installed on this server? ${RUN_IT_YOURSELF}`
  }
  const firstLine = stderr.split(/\r?\n/).find((line) => line.trim() !== '')?.trim().slice(0, 300)
  return `The collector stopped with exit code ${exitCode ?? 'none'}${firstLine === undefined ? '' : ` (${firstLine})`}. ${RUN_IT_YOURSELF}`
}

/** Why collecting needs the Windows server, and what to do instead. */
export const NOT_ON_WINDOWS_MESSAGE =
  'Collecting from this server works only when the app runs on the Windows sync server. Copy the collector script to the server, run it there, and open the file it writes.'

/**
 * Runs the collector process only: the caller reads `outFile` afterwards. Never throws.
 */
export async function runCollectorProcess(options: CollectorRunOptions): Promise<Result<null>> {
  const powershell = resolvePowerShell(options)
  if (!powershell.ok) {
    return powershell
  }
  if (options.signal?.aborted === true) {
    return fail('canceled', 'Collection was canceled.')
  }
  return runProcess(powershell.value, options)
}

/** The executable to start: the named one (absolute only), else Windows PowerShell on Windows. */
export function resolvePowerShell(options: Pick<CollectorRunOptions, 'platform' | 'powershellPath' | 'env'>): Result<string> {
  if (options.powershellPath !== undefined) {
    return isAbsolute(options.powershellPath) || win32.isAbsolute(options.powershellPath)
      ? ok(options.powershellPath)
      : fail('not-allowed', `The PowerShell path must be absolute, not "${options.powershellPath.slice(0, 100)}". ${RUN_IT_YOURSELF}`)
  }
  if (options.platform !== 'win32') {
    return fail('not-allowed', NOT_ON_WINDOWS_MESSAGE)
  }
  const located = windowsPowerShellPath((options.env ?? process.env).SystemRoot)
  return located.ok ? located : fail(located.error.code, `${located.error.message} ${RUN_IT_YOURSELF}`)
}

function runProcess(powershell: string, options: CollectorRunOptions): Promise<Result<null>> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxOutputBytes = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES
  return new Promise((resolve) => {
    let child: ChildProcess
    try {
      child = options.spawn(powershell, collectorArguments(options.scriptPath, options.outFile), {
        cwd: options.workingDirectory,
        ...(options.env === undefined ? {} : { env: options.env }),
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
        shell: false,
      })
    } catch (error) {
      resolve(fail('collector-failed', `Windows PowerShell could not be started (${String(error)}). ${RUN_IT_YOURSELF}`))
      return
    }
    let settled = false
    let outputBytes = 0
    let stderr = ''
    let pending = ''
    const finish = (result: Result<null>, kill: boolean) => {
      if (settled) {
        return
      }
      settled = true
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
      if (kill && child.exitCode === null) {
        child.kill()
      }
      resolve(result)
    }
    const onAbort = () => finish(fail('canceled', 'Collection was canceled.'), true)
    const timer = setTimeout(
      () => finish(fail('collector-failed', `The collector did not finish within ${Math.round(timeoutMs / 1000)} seconds and was stopped. ${RUN_IT_YOURSELF}`), true),
      timeoutMs,
    )
    const count = (chunk: Buffer) => {
      outputBytes += chunk.length
      if (outputBytes > maxOutputBytes) {
        finish(fail('collector-failed', `The collector printed more than ${maxOutputBytes} bytes and was stopped. ${RUN_IT_YOURSELF}`), true)
        return false
      }
      return true
    }
    options.signal?.addEventListener('abort', onAbort)
    child.stdout?.on('data', (chunk: Buffer) => {
      if (!count(chunk)) {
        return
      }
      const lines = (pending + chunk.toString('utf8')).split(/\r?\n/)
      pending = lines.pop() ?? ''
      lines.filter((line) => line.trim() !== '').forEach((line) => options.onOutput?.(line))
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      if (count(chunk)) {
        stderr += chunk.toString('utf8')
      }
    })
    child.on('error', (error: NodeJS.ErrnoException) => {
      const message =
        error.code === 'ENOENT'
          ? `PowerShell was not found at ${powershell}. ${RUN_IT_YOURSELF}`
          : `Windows PowerShell could not be started (${error.message}). ${RUN_IT_YOURSELF}`
      finish(fail('collector-failed', message), false)
    })
    child.on('close', (code: number | null) => {
      finish(code === 0 ? { ok: true, value: null } : fail('collector-failed', explainCollectorFailure(code, stderr)), false)
    })
  })
}
