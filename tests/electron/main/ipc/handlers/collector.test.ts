import fsp from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createCollectorHandlers } from '~electron/main/ipc/handlers/collector'
import type { CollectorProcessRequest } from '~electron/main/ipc/types'
import { IPC_CONTRACT } from '~shared/ipc/contract'
import { fail, ok } from '~shared/ipc/result'
import { COLLECTOR_SCRIPT_PATH, createFakeDeps, fakeCollectorRun } from '~tests/mocks/main-deps'
import { useTempFolder } from '~tests/mocks/temp-folder'

const folder = useTempFolder('collector-handlers-')

describe('collector:get-script', () => {
  it('answers the bundled script’s name and text', async () => {
    const result = await createCollectorHandlers(createFakeDeps())['collector:get-script']({})
    expect(result).toMatchObject({ ok: true, value: { fileName: 'Collect-EntraConnectDetails.ps1', text: expect.stringContaining('.SYNOPSIS') } })
    expect(IPC_CONTRACT['collector:get-script'].response.safeParse(result).success).toBe(true)
  })

  it('says to reinstall when the script is missing', async () => {
    const deps = { ...createFakeDeps(), collectorScriptPath: join(folder(), 'missing.ps1') }
    const result = await createCollectorHandlers(deps)['collector:get-script']({})
    expect(result).toMatchObject({ ok: false, error: { code: 'file-unreadable', message: expect.stringMatching(/reinstall the app/) } })
  })
})

describe('collector:save-script', () => {
  it('copies the bundled script to the path chosen in main’s save dialog', async () => {
    const target = join(folder(), 'Collect.ps1')
    const deps = { ...createFakeDeps(), showSaveDialog: vi.fn(async () => target) }
    const result = await createCollectorHandlers(deps)['collector:save-script']({})
    expect(result).toEqual({ ok: true, value: { status: 'saved', fileName: 'Collect.ps1' } })
    expect(deps.showSaveDialog).toHaveBeenCalledWith('Collect-EntraConnectDetails.ps1')
    expect(await fsp.readFile(target, 'utf8')).toBe(await fsp.readFile(COLLECTOR_SCRIPT_PATH, 'utf8'))
  })

  it('answers canceled and writes nothing when the dialog is closed', async () => {
    expect(await createCollectorHandlers(createFakeDeps())['collector:save-script']({})).toEqual({ ok: true, value: { status: 'canceled' } })
  })

  it('names the target and says what to do when it cannot be written', async () => {
    const deps = { ...createFakeDeps(), showSaveDialog: vi.fn(async () => join(folder(), 'no-such-folder', 'Collect.ps1')) }
    const result = await createCollectorHandlers(deps)['collector:save-script']({})
    expect(result).toMatchObject({ ok: false, error: { code: 'file-unwritable', message: expect.stringMatching(/^Collect\.ps1: .*Choose another folder/) } })
  })
})

describe('collector:run', () => {
  it('runs the bundled script into a private temp file and answers its facts', async () => {
    const deps = createFakeDeps()
    const result = await createCollectorHandlers(deps)['collector:run']({})
    expect(result).toMatchObject({ ok: true, value: { fileName: 'collector-output.json', format: 'install-details-json' } })
    expect(IPC_CONTRACT['collector:run'].response.safeParse(result).success).toBe(true)
    const request = deps.runCollector.mock.calls[0]?.[0]
    expect(request?.scriptPath).toBe(COLLECTOR_SCRIPT_PATH)
    expect(request?.outFile).toMatch(/entra-readiness-[^/\\]+[/\\]collector-output\.json$/)
    // The collector runs in the same private folder, never in the app's.
    expect(request?.workingDirectory).toBe(dirname(request?.outFile ?? ''))
  })

  it('removes the temp folder afterwards', async () => {
    const deps = createFakeDeps()
    await createCollectorHandlers(deps)['collector:run']({})
    const outFile = deps.runCollector.mock.calls[0]?.[0].outFile ?? ''
    await expect(fsp.access(join(outFile, '..'))).rejects.toThrow()
  })

  it('sends each printed line as a progress event', async () => {
    const deps = createFakeDeps()
    await createCollectorHandlers(deps)['collector:run']({})
    expect(deps.sendEvent.mock.calls).toEqual([
      ['collector:progress', { line: 'Reading the server' }],
      ['collector:progress', { line: 'Writing the document' }],
    ])
  })

  it('refuses off Windows, saying what to do instead, without running anything', async () => {
    const deps = { ...createFakeDeps(), platform: 'linux' }
    const result = await createCollectorHandlers(deps)['collector:run']({})
    expect(result).toMatchObject({ ok: false, error: { code: 'not-allowed', message: expect.stringMatching(/Copy the collector script to the server/) } })
    expect(deps.runCollector).not.toHaveBeenCalled()
  })

  it('answers the runner’s failure as it is', async () => {
    const deps = { ...createFakeDeps(), runCollector: vi.fn(async () => fail('collector-failed', 'The ADSync module was not found.')) }
    expect(await createCollectorHandlers(deps)['collector:run']({})).toEqual(fail('collector-failed', 'The ADSync module was not found.'))
  })

  it('names the output file when what the collector wrote cannot be used', async () => {
    const broken = new URL('../../../../fixtures/files/broken.json', import.meta.url).pathname
    const deps = { ...createFakeDeps(), runCollector: fakeCollectorRun(broken) }
    const result = await createCollectorHandlers(deps)['collector:run']({})
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-json', message: expect.stringMatching(/^collector-output\.json: /) } })
  })
})

describe('collector:cancel', () => {
  function hangingRun() {
    return vi.fn(
      (request: CollectorProcessRequest) =>
        new Promise<ReturnType<typeof ok<null>>>((resolve) => {
          request.signal.addEventListener('abort', () => resolve(fail('canceled', 'Collection was canceled.')))
        }),
    )
  }

  it('stops the run in progress', async () => {
    const runner = hangingRun()
    const handlers = createCollectorHandlers({ ...createFakeDeps(), runCollector: runner })
    const run = handlers['collector:run']({})
    await vi.waitFor(() => expect(runner).toHaveBeenCalled())
    expect(await handlers['collector:cancel']({})).toEqual(ok({ canceled: true }))
    expect(await run).toEqual(fail('canceled', 'Collection was canceled.'))
  })

  it('refuses a second run while one is in progress', async () => {
    const runner = hangingRun()
    const handlers = createCollectorHandlers({ ...createFakeDeps(), runCollector: runner })
    const first = handlers['collector:run']({})
    await vi.waitFor(() => expect(runner).toHaveBeenCalled())
    expect(await handlers['collector:run']({})).toMatchObject({ ok: false, error: { code: 'not-allowed' } })
    await handlers['collector:cancel']({})
    await first
  })

  it('answers canceled: false when nothing runs', async () => {
    expect(await createCollectorHandlers(createFakeDeps())['collector:cancel']({})).toEqual(ok({ canceled: false }))
  })
})
