/**
 * Every channel, fed malformed and oversized payloads: typed errors, never a throw or a crash.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createDispatcher } from '~electron/main/ipc/dispatch'
import { CHANNELS } from '~shared/ipc/contract'
import { MAX_SCRIPT_CHARS } from '~shared/ipc/input-schemas'
import { ERROR_CODES } from '~shared/ipc/result'
import { createFakeDeps, TRUSTED_SENDER } from '~tests/mocks/main-deps'
import { fuzzRuns } from '~tests/support/fuzz-runs'

const RUNS_PER_CHANNEL = 300

/** Payloads a compromised renderer might send: any JSON-ish value, huge strings and arrays, prototype keys. */
const hostilePayload = fc.oneof(
  fc.anything({ maxDepth: 4, withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true }),
  fc.record({ url: fc.string({ maxLength: 10 }).map((text) => text.repeat(2000)) }),
  fc.record({ text: fc.constant('x'.repeat(1_000_000)) }),
  fc.array(fc.integer(), { minLength: 10_000, maxLength: 10_000 }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')),
  fc.dictionary(fc.string({ maxLength: 20 }), fc.anything({ maxDepth: 2 }), { maxKeys: 50 }),
)

function isResult(value: unknown): boolean {
  if (value === null || typeof value !== 'object') {
    return false
  }
  const result = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } }
  if (result.ok === true) {
    return true
  }
  return result.ok === false && (ERROR_CODES as readonly unknown[]).includes(result.error?.code) && typeof result.error?.message === 'string'
}

/** Every answer is bounded; the collector script's is the script itself (at most MAX_SCRIPT_CHARS, JSON-escaped), the rule pack in use is its data (~30-60 KB). */
function maxResponseChars(channel: string): number {
  return channel === 'collector:get-script' ? 2 * MAX_SCRIPT_CHARS : channel === 'rule-pack:get-active' ? 250_000 : 20_000
}

describe('IPC under hostile payloads (fuzz)', () => {
  it.each(CHANNELS)('%s answers every payload with a result value, never a throw', async (channel) => {
    const dispatch = createDispatcher(createFakeDeps())
    await fc.assert(
      fc.asyncProperty(hostilePayload, async (payload) => {
        const response = await dispatch(channel, payload, TRUSTED_SENDER)
        expect(isResult(response)).toBe(true)
        expect(JSON.stringify(response).length).toBeLessThan(maxResponseChars(channel))
      }),
      { numRuns: fuzzRuns(RUNS_PER_CHANNEL), seed: 20261126 },
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('rejects oversized strings on every channel that takes one, as invalid-request', async () => {
    const dispatch = createDispatcher(createFakeDeps())
    for (const channel of CHANNELS) {
      const response = (await dispatch(channel, { url: 'x'.repeat(100_000), text: 'x'.repeat(1_000_000) }, TRUSTED_SENDER)) as { ok: boolean; error?: { code: string } }
      expect(response.ok, channel).toBe(false)
      expect(response.error?.code, channel).toBe('invalid-request')
    }
  })
})
