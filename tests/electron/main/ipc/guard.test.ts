import { describe, expect, it, vi } from 'vitest'
import { formatIssues, guard, type GuardOptions, type Handler } from '~electron/main/ipc/guard'
import { IPC_CONTRACT } from '~shared/ipc/contract'
import { ok } from '~shared/ipc/result'
import { createFakeDeps, TRUSTED_SENDER, TRUSTED_URL } from '~tests/mocks/main-deps'

const STRICT: GuardOptions = { validateResponses: true }
const LINK = 'https://learn.microsoft.com/entra/'

function linkHandler() {
  return vi.fn<Handler<'link:open-external'>>(async () => ok({ opened: true as const }))
}

async function callLink(request: unknown, sender = TRUSTED_SENDER, handler = linkHandler(), options: GuardOptions = STRICT) {
  const result = await guard('link:open-external', handler, request, sender, createFakeDeps(), options)
  return { result, handler }
}

describe('guard: the sender', () => {
  it('passes a valid request from the app main frame to the handler', async () => {
    const { result, handler } = await callLink({ url: LINK })
    expect(result).toEqual({ ok: true, value: { opened: true } })
    expect(handler).toHaveBeenCalledWith({ url: LINK })
  })

  it.each(['https://evil.example.com/', 'file:///tmp/evil.html', '', 'devtools://devtools/bundled/inspector.html'])(
    'refuses a sender at %j without calling the handler',
    async (url) => {
      const { result, handler } = await callLink({ url: LINK }, { url, isMainFrame: true })
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
      expect(handler).not.toHaveBeenCalled()
    },
  )

  it('refuses a subframe of the app page', async () => {
    const { result, handler } = await callLink({ url: LINK }, { url: TRUSTED_URL, isMainFrame: false })
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    expect(handler).not.toHaveBeenCalled()
  })
})

describe('guard: the request', () => {
  it.each([
    ['a wrong type', { url: 42 }],
    ['an unknown key', { url: LINK, extra: true }],
    ['a missing key', {}],
    ['no object at all', 'https://learn.microsoft.com/'],
    ['null', null],
    ['an array', [LINK]],
    ['a huge string', { url: `https://learn.microsoft.com/${'a'.repeat(5_000_000)}` }],
  ])('refuses %s as invalid-request without calling the handler', async (_label, request) => {
    const { result, handler } = await callLink(request)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(handler).not.toHaveBeenCalled()
  })

  it('lists the issue with its field', async () => {
    const { result } = await callLink({ url: 42 })
    expect(!result.ok && result.error.message).toMatch(/^Invalid request on link:open-external: url: /)
  })

  it('keeps the message short for a request with a huge unknown key', async () => {
    const { result } = await callLink({ url: LINK, ['k'.repeat(100_000)]: 1, other: 2, more: 3 })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.message.length).toBeLessThan(1200)
  })

  it('refuses an unknown key on a channel that takes no request', async () => {
    const handler = vi.fn(async () => ok({ status: 'canceled' as const }))
    const result = await guard('details:open-file', handler, { path: '/etc/passwd' }, TRUSTED_SENDER, createFakeDeps(), STRICT)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(handler).not.toHaveBeenCalled()
  })
})

describe('guard: the handler', () => {
  it('turns a throw into an internal error with the message and no stack', async () => {
    const handler = vi.fn<Handler<'link:open-external'>>(async () => {
      throw new Error('the browser is gone')
    })
    const { result } = await callLink({ url: LINK }, TRUSTED_SENDER, handler)
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'The app failed while handling link:open-external: the browser is gone' } })
    expect(JSON.stringify(result)).not.toMatch(/\bat .*\.ts:\d+/)
  })

  it('turns a thrown non-error into an internal error', async () => {
    const handler = vi.fn<Handler<'link:open-external'>>(() => Promise.reject('plain string'))
    const { result } = await callLink({ url: LINK }, TRUSTED_SENDER, handler)
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
  })

  it('reports a swallowed error to onError', async () => {
    const onError = vi.fn()
    const error = new Error('boom')
    await callLink({ url: LINK }, TRUSTED_SENDER, vi.fn<Handler<'link:open-external'>>().mockRejectedValue(error), { validateResponses: true, onError })
    expect(onError).toHaveBeenCalledWith('link:open-external', error)
  })

  it('passes a handler error value through unchanged', async () => {
    const value = { ok: false as const, error: { code: 'not-allowed' as const, message: 'no' } }
    const { result } = await callLink({ url: LINK }, TRUSTED_SENDER, vi.fn<Handler<'link:open-external'>>().mockResolvedValue(value))
    expect(result).toEqual(value)
  })
})

describe('guard: the response', () => {
  const badHandler = vi.fn(async () => ({ ok: true, value: { opened: 'yes' } }) as never)

  it('turns a response outside the contract into an internal error when validating', async () => {
    const { result } = await callLink({ url: LINK }, TRUSTED_SENDER, badHandler)
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('outside the contract') } })
  })

  it('does not parse responses when validation is off (packaged)', async () => {
    const { result } = await callLink({ url: LINK }, TRUSTED_SENDER, badHandler, { validateResponses: false })
    expect(result).toEqual({ ok: true, value: { opened: 'yes' } })
  })
})

describe('formatIssues', () => {
  it('lists at most five issues and counts the rest', () => {
    const schema = IPC_CONTRACT['link:open-external'].request
    const parsed = schema.safeParse({ url: 1, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 })
    expect(parsed.success).toBe(false)
    const text = parsed.success ? '' : formatIssues(parsed.error.issues)
    expect(text.split('; ').length).toBeLessThanOrEqual(6)
  })

  it('names the request itself when the issue has no path', () => {
    const parsed = IPC_CONTRACT['app:get-info'].request.safeParse(null)
    expect(parsed.success ? '' : formatIssues(parsed.error.issues)).toMatch(/^request: /)
  })
})

describe('guard: a deeply nested request', () => {
  it('is refused before the schema or the handler sees it, without a throw', async () => {
    let deep: unknown = LINK
    for (let level = 0; level < 20_000; level += 1) {
      deep = { url: deep }
    }
    const { result, handler } = await callLink(deep)
    expect(result).toEqual({ ok: false, error: { code: 'invalid-request', message: 'Invalid request on link:open-external: it nests more than 64 levels deep.' } })
    expect(handler).not.toHaveBeenCalled()
  })
})
