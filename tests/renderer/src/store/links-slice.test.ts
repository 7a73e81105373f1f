import { describe, expect, it } from 'vitest'
import { createWizardStore } from '~renderer/store'
import { createFakeApi, errorResult } from '~tests/renderer/support/fake-api'

const URL = 'https://learn.microsoft.com/entra/identity/hybrid/connect/reference-connect-version-history'

describe('links slice', () => {
  it('asks main to open the URL', async () => {
    const fake = createFakeApi()
    await createWizardStore({ api: fake.api }).getState().openLink(URL)
    expect(fake.openExternal).toHaveBeenCalledWith({ url: URL })
  })

  it('keeps main’s message when it refuses', async () => {
    const fake = createFakeApi()
    fake.openExternal.mockResolvedValue(errorResult('not-allowed', 'That host is not allowed.'))
    const store = createWizardStore({ api: fake.api })
    await store.getState().openLink('https://example.com/')
    expect(store.getState().linkError).toBe('That host is not allowed.')
  })

  it('copies text through main and reports success', async () => {
    const fake = createFakeApi()
    expect(await createWizardStore({ api: fake.api }).getState().copyText('Get-ADSyncScheduler')).toBe(true)
    expect(fake.writeText).toHaveBeenCalledWith({ text: 'Get-ADSyncScheduler' })
  })

  it('reports a copy main refused, or a broken channel, as not copied', async () => {
    const fake = createFakeApi()
    fake.writeText.mockResolvedValueOnce(errorResult('invalid-request', 'too long'))
    const store = createWizardStore({ api: fake.api })
    expect(await store.getState().copyText('x')).toBe(false)
    fake.writeText.mockRejectedValueOnce(new Error('gone'))
    expect(await store.getState().copyText('x')).toBe(false)
  })
})
