import { EventEmitter } from 'node:events'
import { PassThrough } from 'node:stream'
import type { ChildProcess } from 'node:child_process'
import { describe, expect, it, vi } from 'vitest'
import {
  collectorArguments,
  runCollectorProcess,
  type CollectorRunOptions,
  type SpawnProcess,
} from '~electron/main/services/collector-runner'

/** A fake child process: the test decides what it prints and when it exits. */
class FakeProcess extends EventEmitter {
  readonly stdout = new PassThrough()
  readonly stderr = new PassThrough()
  exitCode: number | null = null
  readonly kill = vi.fn(() => {
    this.exitCode = 1
    queueMicrotask(() => this.emit('close', null))
    return true
  })

  exit(code: number): void {
    this.exitCode = code
    this.emit('close', code)
  }
}

function setup(behave: (child: FakeProcess) => void, overrides: Partial<CollectorRunOptions> = {}) {
  const child = new FakeProcess()
  const spawn = vi.fn(((..._args: unknown[]) => {
    setTimeout(() => behave(child), 0)
    return child as unknown as ChildProcess
  }) as SpawnProcess)
  const options: CollectorRunOptions = {
    platform: 'win32',
    scriptPath: 'C:\\app\\Collect-EntraConnectDetails.ps1',
    outFile: 'C:\\Temp\\x\\out.json',
    workingDirectory: 'C:\\Temp\\x',
    env: { SystemRoot: 'C:\\Windows' },
    spawn,
    timeoutMs: 200,
    ...overrides,
  }
  return { child, spawn, options }
}

const WINDOWS_POWERSHELL = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe'

describe('runCollectorProcess', () => {
  it('runs Windows PowerShell by absolute path, without profile or prompts, in the private folder', async () => {
    const { spawn, options } = setup((child) => child.exit(0))
    expect(await runCollectorProcess(options)).toEqual({ ok: true, value: null })
    expect(spawn).toHaveBeenCalledWith(
      WINDOWS_POWERSHELL,
      collectorArguments(options.scriptPath, options.outFile),
      expect.objectContaining({ shell: false, windowsHide: true, cwd: 'C:\\Temp\\x', env: { SystemRoot: 'C:\\Windows' } }),
    )
    expect(collectorArguments('s.ps1', 'o.json')).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', 's.ps1', '-OutFile', 'o.json'])
  })

  it('reports each printed line as progress', async () => {
    const lines: string[] = []
    const { options } = setup(
      (child) => {
        child.stdout.write('Reading the registry\r\nReading ADSync')
        child.stdout.write('\r\nWrote out.json\r\n')
        setTimeout(() => child.exit(0), 5)
      },
      { onOutput: (line) => lines.push(line) },
    )
    await runCollectorProcess(options)
    expect(lines).toEqual(['Reading the registry', 'Reading ADSync', 'Wrote out.json'])
  })

  it('refuses on a machine that is not Windows, saying what to do instead', async () => {
    const { spawn, options } = setup(() => undefined, { platform: 'linux' })
    const result = await runCollectorProcess(options)
    expect(result).toEqual({ ok: false, error: { code: 'not-allowed', message: expect.stringMatching(/only when the app runs on the Windows sync server.*run it there/) } })
    expect(spawn).not.toHaveBeenCalled()
  })

  it('kills a hung collector at the timeout', async () => {
    const { child, options } = setup(() => undefined, { timeoutMs: 30 })
    const result = await runCollectorProcess(options)
    expect(!result.ok && result.error.message).toMatch(/did not finish within 0 seconds and was stopped/)
    expect(child.kill).toHaveBeenCalled()
  })

  it('kills a collector that prints more than the output cap', async () => {
    const { child, options } = setup((fake) => fake.stdout.write(Buffer.alloc(4096, 0x41)), { maxOutputBytes: 1024 })
    const result = await runCollectorProcess(options)
    expect(!result.ok && result.error.message).toMatch(/printed more than 1024 bytes/)
    expect(child.kill).toHaveBeenCalled()
  })

  it('stops when the user cancels', async () => {
    const controller = new AbortController()
    const { child, options } = setup(() => controller.abort(), { signal: controller.signal })
    const result = await runCollectorProcess(options)
    expect(result).toEqual({ ok: false, error: { code: 'canceled', message: 'Collection was canceled.' } })
    expect(child.kill).toHaveBeenCalled()
  })

  it('explains a crash without the ADSync module', async () => {
    const { options } = setup((child) => {
      child.stderr.write("Import-Module : The specified module 'ADSync' was not loaded because no valid module file was found\r\n")
      child.exit(1)
    })
    const result = await runCollectorProcess(options)
    expect(!result.ok && result.error.message).toMatch(/ADSync module was not found: is Entra Connect Sync installed/)
  })

  it('explains a refusal for lack of elevation', async () => {
    const { options } = setup((child) => {
      child.stderr.write('Get-ADSyncScheduler : Access is denied.\r\n')
      child.exit(1)
    })
    const result = await runCollectorProcess(options)
    expect(!result.ok && result.error.message).toMatch(/not elevated\?.*Run as administrator/)
  })

  it('says when powershell.exe is missing, naming where it looked', async () => {
    const { options } = setup((child) => child.emit('error', Object.assign(new Error('spawn powershell.exe ENOENT'), { code: 'ENOENT' })))
    const result = await runCollectorProcess(options)
    expect(!result.ok && result.error.message).toContain(`PowerShell was not found at ${WINDOWS_POWERSHELL}.`)
  })

  it.each([
    ['missing', undefined, 'not set'],
    ['relative', 'Windows', '"Windows"'],
    ['a network share', '\\\\evil\\share', '"\\\\evil\\share"'],
    ['climbing out', 'C:\\Windows\\..\\Temp', '"C:\\Windows\\..\\Temp"'],
  ])('never starts anything when SystemRoot is %s', async (_name, systemRoot, shown) => {
    const { spawn, options } = setup((child) => child.exit(0), { env: { SystemRoot: systemRoot } })
    const result = await runCollectorProcess(options)
    expect(result).toEqual({ ok: false, error: { code: 'collector-failed', message: expect.stringContaining(`SystemRoot environment variable is ${shown}`) } })
    expect(spawn).not.toHaveBeenCalled()
  })

  it('starts a named PowerShell on any platform, but only by absolute path', async () => {
    const named = setup((child) => child.exit(0), { platform: 'linux', powershellPath: '/opt/pwsh/pwsh' })
    expect((await runCollectorProcess(named.options)).ok).toBe(true)
    expect(named.spawn).toHaveBeenCalledWith('/opt/pwsh/pwsh', expect.any(Array), expect.objectContaining({ cwd: 'C:\\Temp\\x' }))
    const bare = setup((child) => child.exit(0), { powershellPath: 'powershell.exe' })
    expect(await runCollectorProcess(bare.options)).toMatchObject({ ok: false, error: { code: 'not-allowed', message: expect.stringMatching(/must be absolute/) } })
    expect(bare.spawn).not.toHaveBeenCalled()
  })
})
