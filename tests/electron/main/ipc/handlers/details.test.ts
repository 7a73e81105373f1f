import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createOpenFileHandler, createOpenFolderHandler } from '~electron/main/ipc/handlers/details'
import { IPC_CONTRACT, openFileValueSchema } from '~shared/ipc/contract'
import { createFakeDeps } from '~tests/mocks/main-deps'

const fixture = (name: string) => new URL(`../../../../fixtures/${name}`, import.meta.url).pathname

describe('createOpenFileHandler', () => {
  it('answers canceled when the user closes the dialog', async () => {
    expect(await createOpenFileHandler(createFakeDeps(undefined))({})).toEqual({ ok: true, value: { status: 'canceled' } })
  })

  it('answers the file name, encoding, format and facts of a contract file', async () => {
    const result = await createOpenFileHandler(createFakeDeps(fixture('files/aadc02-utf16le.json')))({})
    expect(result).toMatchObject({
      ok: true,
      value: { status: 'opened', fileName: 'aadc02-utf16le.json', encoding: 'utf-16le', format: 'install-details-json', notes: [] },
    })
    const facts = result.ok && result.value.status === 'opened' ? result.value.facts : []
    expect(facts).toContainEqual({ path: 'server.name', value: 'AADC02' })
  })

  it('reads a text form, its format detected and each fact with its line', async () => {
    const result = await createOpenFileHandler(createFakeDeps(fixture('text-forms/get-adsyncscheduler.txt')))({})
    expect(result).toMatchObject({ ok: true, value: { status: 'opened', format: 'get-adsyncscheduler' } })
    const facts = result.ok && result.value.status === 'opened' ? result.value.facts : []
    expect(facts).toContainEqual({ path: 'connect.syncCycleEnabled', value: false, line: 8 })
  })

  it('turns the collector’s notes into the input’s notes, and answers inside the contract', async () => {
    const result = await createOpenFileHandler(createFakeDeps(fixture('collector/no-adsync-collector-output.json')))({})
    const value = result.ok ? result.value : undefined
    expect(openFileValueSchema.safeParse(value).success).toBe(true)
    expect(value).toMatchObject({ notes: expect.arrayContaining([expect.stringMatching(/^The collector left Entra Connect out: the ADSync module/)]) })
  })

  it('answers the reader error for a file it cannot use', async () => {
    const result = await createOpenFileHandler(createFakeDeps(fixture('files/broken.json')))({})
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-json', message: expect.stringMatching(/^broken\.json: /) } })
  })
})

describe('createOpenFolderHandler', () => {
  const folder = (name: string) => fileURLToPath(new URL(`../../../../fixtures/${name}`, import.meta.url))
  const response = IPC_CONTRACT['details:open-folder'].response

  it('answers canceled when the user closes the folder dialog', async () => {
    expect(await createOpenFolderHandler(createFakeDeps(undefined))({})).toEqual({ ok: true, value: { status: 'canceled' } })
  })

  it('reads the chosen export folder as one input, inside the contract', async () => {
    const deps = createFakeDeps(folder('customizations/server-configuration'))
    const result = await createOpenFolderHandler(deps)({})
    expect(deps.showOpenFolderDialog).toHaveBeenCalledTimes(1)
    expect(deps.showOpenDialog).not.toHaveBeenCalled()
    expect(response.safeParse(result).success).toBe(true)
    expect(result).toMatchObject({ ok: true, value: { status: 'opened', fileName: 'server-configuration', format: 'server-configuration-folder', encoding: 'utf-8-bom' } })
    const facts = result.ok && result.value.status === 'opened' ? result.value.facts : []
    expect((facts.find((fact) => fact.path === 'customizations.connectors')?.value as { name: string }[]).map((connector) => connector.name)).toEqual(['contoso.com', 'contoso.onmicrosoft.com - AAD'])
  })

  it('answers a message naming a folder that is not an export', async () => {
    const result = await createOpenFolderHandler(createFakeDeps(folder('text-forms')))({})
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-document', message: expect.stringMatching(/^text-forms: this folder is not a Get-ADSyncServerConfiguration export: it has no Connectors folder\./) } })
    expect(response.safeParse(result).success).toBe(true)
  })
})

describe('the details:open-folder channel', () => {
  const { request, response } = IPC_CONTRACT['details:open-folder']

  it('takes an empty request only: a path from the renderer is refused', () => {
    expect(request.safeParse({}).success).toBe(true)
    expect(request.safeParse({ path: '/etc' }).success).toBe(false)
  })

  it('answers only the opened-input shape or canceled', () => {
    expect(response.safeParse({ ok: true, value: { status: 'canceled' } }).success).toBe(true)
    expect(response.safeParse({ ok: true, value: { status: 'opened', fileName: 'x', encoding: 'utf-8', format: 'server-configuration-folder', facts: [], notes: [] } }).success).toBe(true)
    expect(response.safeParse({ ok: true, value: { status: 'opened', fileName: 'x', encoding: 'utf-8', format: 'a-folder', facts: [], notes: [] } }).success).toBe(false)
    expect(response.safeParse({ ok: true, value: { status: 'opened', fileName: 'x', encoding: 'utf-8', format: 'server-configuration-folder', facts: [], notes: [], path: '/etc' } }).success).toBe(false)
  })

  it('is exposed to the preload as details.openFolder', () => {
    expect(IPC_CONTRACT['details:open-folder'].api).toEqual(['details', 'openFolder'])
  })
})
