import { describe, expect, it } from 'vitest'
import { createOpenLinkHandler } from '~electron/main/ipc/handlers/link'
import { createFakeDeps } from '~tests/mocks/main-deps'

describe('createOpenLinkHandler', () => {
  it('opens an allowlisted link, normalized', async () => {
    const deps = createFakeDeps()
    expect(await createOpenLinkHandler(deps)({ url: 'https://Learn.Microsoft.com/entra' })).toEqual({ ok: true, value: { opened: true } })
    expect(deps.openExternal).toHaveBeenCalledWith('https://learn.microsoft.com/entra')
  })

  it.each(['http://learn.microsoft.com/', 'https://learn.microsoft.com.evil.com/', 'javascript:alert(1)', 'file:///C:/Windows/System32/calc.exe'])(
    'refuses %s as not-allowed and opens nothing',
    async (url) => {
      const deps = createFakeDeps()
      expect(await createOpenLinkHandler(deps)({ url })).toMatchObject({ ok: false, error: { code: 'not-allowed' } })
      expect(deps.openExternal).not.toHaveBeenCalled()
    },
  )
})
