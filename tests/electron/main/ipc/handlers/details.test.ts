import { describe, expect, it } from 'vitest'
import { createOpenFileHandler } from '~electron/main/ipc/handlers/details'
import { openFileValueSchema } from '~shared/ipc/contract'
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
    expect(value).toMatchObject({ notes: expect.arrayContaining([expect.stringMatching(/^The collector left connect out: the ADSync module/)]) })
  })

  it('answers the reader error for a file it cannot use', async () => {
    const result = await createOpenFileHandler(createFakeDeps(fixture('files/broken.json')))({})
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-json', message: expect.stringMatching(/^broken\.json: /) } })
  })
})
