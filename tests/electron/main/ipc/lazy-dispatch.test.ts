import { describe, expect, it, vi } from 'vitest'
import { createDispatcher } from '~electron/main/ipc/dispatch'
import { createLazyDispatch } from '~electron/main/ipc/lazy-dispatch'
import type { Dispatch } from '~electron/main/ipc/types'
import { createFakeDeps, TRUSTED_SENDER } from '~tests/mocks/main-deps'

const FOREIGN = { url: 'https://evil.example.com/', isMainFrame: true }

describe('createLazyDispatch', () => {
  it('loads nothing until the first request', () => {
    const load = vi.fn(async () => createDispatcher(createFakeDeps()))
    createLazyDispatch(load)
    expect(load).not.toHaveBeenCalled()
  })

  it('loads once for requests that arrive together and later', async () => {
    const load = vi.fn(async () => createDispatcher(createFakeDeps()))
    const dispatch = createLazyDispatch(load)
    const answers = await Promise.all([dispatch('app:get-info', {}, TRUSTED_SENDER), dispatch('assessments:list', {}, TRUSTED_SENDER)])
    await dispatch('app:get-info', {}, TRUSTED_SENDER)
    expect(answers).toMatchObject([{ ok: true }, { ok: true }])
    expect(load).toHaveBeenCalledOnce()
  })

  it('passes every request through the loaded guard: a malformed one is refused', async () => {
    const dispatch = createLazyDispatch(async () => createDispatcher(createFakeDeps()))
    const answer = await dispatch('link:open-external', { url: 42 }, TRUSTED_SENDER)
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('passes every request through the loaded guard: a foreign sender is refused', async () => {
    const dispatch = createLazyDispatch(async () => createDispatcher(createFakeDeps()))
    const answer = await dispatch('app:get-info', {}, FOREIGN)
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
  })

  it('answers internal when the handlers cannot load, and tries again on the next request', async () => {
    const onLoadError = vi.fn()
    const load = vi.fn<() => Promise<Dispatch>>().mockRejectedValueOnce(new Error('chunk missing')).mockResolvedValueOnce(createDispatcher(createFakeDeps()))
    const dispatch = createLazyDispatch(load, onLoadError)
    const failed = await dispatch('app:get-info', {}, TRUSTED_SENDER)
    const retried = await dispatch('app:get-info', {}, TRUSTED_SENDER)
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/app:get-info: chunk missing/) } })
    expect(retried).toMatchObject({ ok: true })
    expect(onLoadError).toHaveBeenCalledOnce()
    expect(load).toHaveBeenCalledTimes(2)
  })
})
