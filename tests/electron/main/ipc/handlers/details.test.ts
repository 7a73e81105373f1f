import { describe, expect, it } from 'vitest'
import { createOpenFileHandler } from '../../../../../electron/main/ipc/handlers/details'
import { createFakeDeps } from '../../../../mocks/main-deps'

const fixture = (name: string) => new URL(`../../../../fixtures/files/${name}`, import.meta.url).pathname

describe('createOpenFileHandler', () => {
  it('answers canceled when the user closes the dialog', async () => {
    expect(await createOpenFileHandler(createFakeDeps(undefined))({})).toEqual({ ok: true, value: { status: 'canceled' } })
  })

  it('answers the file name, encoding and document of the chosen file', async () => {
    const result = await createOpenFileHandler(createFakeDeps(fixture('aadc02-utf16le.json')))({})
    expect(result).toMatchObject({
      ok: true,
      value: { status: 'opened', fileName: 'aadc02-utf16le.json', encoding: 'utf-16le', details: { server: { name: 'AADC02' } } },
    })
  })

  it('answers the reader error for a file it cannot use', async () => {
    const result = await createOpenFileHandler(createFakeDeps(fixture('broken.json')))({})
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-json', message: expect.stringMatching(/^broken\.json: /) } })
  })
})
