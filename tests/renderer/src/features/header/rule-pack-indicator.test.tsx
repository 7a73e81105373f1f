import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { RulePackIndicator } from '~renderer/features/header/rule-pack-indicator'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { addDays } from '~shared/dates/iso-date'
import { APP_INFO, BUILT_IN_ACTIVE, createFakeApi, okResult } from '~tests/renderer/support/fake-api'
import { renderWithStore } from '~tests/renderer/support/render'
import { packWithExtraBuild } from '~tests/support/rule-pack-data'

const SIGNER = { name: 'contoso', origin: 'user' as const, fingerprint: Array.from({ length: 16 }, () => 'AB12').join(' ') }

afterEach(cleanup)

// jsdom has no modal dialogs: open and close the element as a browser would.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '')
}
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.removeAttribute('open')
}

describe('RulePackIndicator', () => {
  it("shows the pack's version and age, counted to today", async () => {
    const { store } = renderWithStore(<RulePackIndicator />)
    await act(() => store.getState().loadAppInfo())
    expect(screen.getByRole('button', { name: /Rule pack/ }).textContent).toBe(`Rule pack ${BUILT_IN_PACK.version} · checked today`)
    // The as-of date (time travel) does not age the pack: today does.
    act(() => store.getState().setAsOf('2030-01-01'))
    expect(screen.getByRole('button', { name: /Rule pack/ }).textContent).not.toContain('out of date')
  })

  it('says the rules may be out of date after 60 days, and not on day 60', async () => {
    const fake = createFakeApi()
    fake.getInfo.mockResolvedValue(okResult({ ...APP_INFO, today: addDays(BUILT_IN_PACK.asOf, 60) }))
    const { store } = renderWithStore(<RulePackIndicator />, fake)
    await act(() => store.getState().loadAppInfo())
    expect(screen.getByRole('button', { name: /Rule pack/ }).textContent).toBe(`Rule pack ${BUILT_IN_PACK.version} · 60 days old`)
    fake.getInfo.mockResolvedValue(okResult({ ...APP_INFO, today: addDays(BUILT_IN_PACK.asOf, 61) }))
    await act(() => store.getState().loadAppInfo())
    expect(screen.getByRole('button', { name: /Rule pack/ }).textContent).toMatch(/61 days old\s·\smay be out of date/)
  })

  it('imports a pack through main: the checks use it, the notice says so and What changed lists the new build', async () => {
    const fake = createFakeApi()
    const pack = packWithExtraBuild()
    const active = { ...BUILT_IN_ACTIVE, pack, origin: { version: pack.version, asOf: pack.asOf, source: 'imported' as const, fileName: 'pack.json', signer: SIGNER } }
    fake.importPack.mockResolvedValue(okResult({ status: 'imported', imported: active.origin, isInUse: true, active }))
    const { store } = renderWithStore(<RulePackIndicator />, fake)
    await act(() => store.getState().loadAppInfo())
    fireEvent.click(screen.getByRole('button', { name: /Rule pack/ }))
    fireEvent.click(await screen.findByRole('button', { name: 'Import rule pack…' }))
    expect(await screen.findByText(/Rule pack 2027\.01\.20 \(facts as of 2027-01-20, signed by contoso\) is verified and now in use\./)).toBeTruthy()
    expect(store.getState().rulePack).toBe(pack)
    expect(screen.getByText('Build 2.6.99.0 added (released 1 Dec 2026, end of support none, documented)')).toBeTruthy()
    expect(screen.getByText(/Imported and verified/)).toBeTruthy()
  })

  it('shows a refused import with its reason, and keeps the pack in use', async () => {
    const fake = createFakeApi()
    fake.importPack.mockResolvedValue({ ok: false, error: { code: 'invalid-document', message: 'The rule pack was not imported: pack.json has no signature: pack.json.sig must be beside it.' } })
    const { store } = renderWithStore(<RulePackIndicator />, fake)
    fireEvent.click(screen.getByRole('button', { name: /Rule pack/ }))
    fireEvent.click(await screen.findByRole('button', { name: 'Import rule pack…' }))
    expect(await screen.findByText(/pack\.json\.sig must be beside it/)).toBeTruthy()
    expect(store.getState().rulePack).toBe(BUILT_IN_PACK)
  })

  it('shows a key by its fingerprint before trusting it', async () => {
    const fake = createFakeApi()
    fake.inspectKey.mockResolvedValue(okResult({ status: 'chosen', key: SIGNER, isAlreadyTrusted: false }))
    fake.trustKey.mockResolvedValue(okResult({ keys: [SIGNER] }))
    renderWithStore(<RulePackIndicator />, fake)
    fireEvent.click(screen.getByRole('button', { name: /Rule pack/ }))
    fireEvent.click(await screen.findByRole('button', { name: 'Add trusted key…' }))
    expect(await screen.findByText('Trust the key contoso?')).toBeTruthy()
    expect(screen.getAllByText(SIGNER.fingerprint).length).toBeGreaterThan(0)
    expect(fake.trustKey).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: 'Trust this key' }))
    expect(await screen.findByText(/The key contoso is trusted/)).toBeTruthy()
    expect(fake.trustKey).toHaveBeenCalledWith({ fingerprint: SIGNER.fingerprint })
  })
})
