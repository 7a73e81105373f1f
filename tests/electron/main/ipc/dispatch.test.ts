import { describe, expect, it } from 'vitest'
import { createDispatcher } from '~electron/main/ipc/dispatch'
import { CHANNELS, IPC_CONTRACT, MAX_CLIPBOARD_CHARS, type Channel } from '~shared/ipc/contract'
import { FAKE_ID } from '~tests/mocks/assessment-store'
import { createFakeDeps, TRUSTED_SENDER } from '~tests/mocks/main-deps'

const FOREIGN = { url: 'https://evil.example.com/', isMainFrame: true }

/** A valid request per channel; the type makes a new channel without one a compile error. */
const VALID_REQUESTS: { readonly [C in Channel]: unknown } = {
  'app:get-info': {},
  'details:open-file': {},
  'details:open-folder': {},
  'clipboard:write-text': { text: 'Get-ADSyncScheduler' },
  'link:open-external': { url: 'https://learn.microsoft.com/entra/' },
  'collector:get-script': {},
  'collector:save-script': {},
  'collector:run': {},
  'collector:cancel': {},
  'assessments:list': {},
  'assessments:load': { id: FAKE_ID },
  'assessments:load-many': { ids: [FAKE_ID] },
  'assessments:save': { name: 'Contoso AADC01', customer: 'Contoso', serverName: 'AADC01', inputs: [], answers: {}, asOf: null, notes: '' },
  'assessments:rename': { id: FAKE_ID, name: 'Renamed' },
  'assessments:duplicate': { id: FAKE_ID },
  'assessments:delete': { id: FAKE_ID },
  'assessments:export': { ids: [FAKE_ID] },
  'assessments:import': {},
  'file:save-text': { text: 'Get-ADSyncScheduler', suggestedName: 'Enable-StagingMode-AADC01.ps1' },
  'report:export': { ids: [FAKE_ID], format: 'html', redact: false },
  'rule-pack:get-active': {},
  'rule-pack:import': {},
  'rule-pack:list-keys': {},
  'rule-pack:inspect-key': {},
  'rule-pack:trust-key': { fingerprint: Array.from({ length: 16 }, () => 'AB12').join(' ') },
}

/** Channels whose valid request still fails with these fake deps, and the code they answer. */
const EXPECTED_FAILURES: Partial<Record<Channel, string>> = { 'rule-pack:trust-key': 'not-found' }

describe('createDispatcher', () => {
  it.each(CHANNELS)('answers %s with a response inside the contract', async (channel) => {
    const dispatch = createDispatcher(createFakeDeps())
    const response = await dispatch(channel, VALID_REQUESTS[channel], TRUSTED_SENDER)
    expect(IPC_CONTRACT[channel].response.safeParse(response).success).toBe(true)
    const failure = EXPECTED_FAILURES[channel]
    // A key is trusted only after it was chosen (and its fingerprint shown): none was chosen here.
    expect(response).toMatchObject(failure === undefined ? { ok: true } : { ok: false, error: { code: failure } })
  })

  it.each(CHANNELS)('refuses a foreign sender on %s', async (channel) => {
    const response = await createDispatcher(createFakeDeps())(channel, {}, FOREIGN)
    expect(response).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
  })

  it.each(CHANNELS)('refuses a malformed request on %s', async (channel) => {
    const response = await createDispatcher(createFakeDeps())(channel, { unexpected: 1 }, TRUSTED_SENDER)
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('puts copied text on the clipboard through main', async () => {
    const deps = createFakeDeps()
    await createDispatcher(deps)('clipboard:write-text', { text: 'Get-ADSyncScheduler' }, TRUSTED_SENDER)
    expect(deps.writeClipboardText).toHaveBeenCalledWith('Get-ADSyncScheduler')
  })

  it('refuses clipboard text over the limit without touching the clipboard', async () => {
    const deps = createFakeDeps()
    const response = await createDispatcher(deps)('clipboard:write-text', { text: 'x'.repeat(MAX_CLIPBOARD_CHARS + 1) }, TRUSTED_SENDER)
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(deps.writeClipboardText).not.toHaveBeenCalled()
  })

  it('refuses an unknown channel as invalid-request', async () => {
    const response = await createDispatcher(createFakeDeps())('fs:read-file', { path: '/etc/passwd' }, TRUSTED_SENDER)
    expect(response).toEqual({ ok: false, error: { code: 'invalid-request', message: 'Unknown channel "fs:read-file".' } })
  })

  it('refuses a channel name that is not a string', async () => {
    const response = await createDispatcher(createFakeDeps())(42 as unknown as string, {}, TRUSTED_SENDER)
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('never throws, even when a dependency does', async () => {
    const deps = { ...createFakeDeps(), today: () => { throw new Error('clock broken') } }
    await expect(createDispatcher(deps)('app:get-info', {}, TRUSTED_SENDER)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('clock broken') },
    })
  })
})
