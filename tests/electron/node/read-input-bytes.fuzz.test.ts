/**
 * Fuzzing the whole reading path (bytes → text → document, and the file reader on disk) with
 * random and mutated bytes: it never throws, and always answers with a document or a message.
 * 10,500 runs in all, most of them mutations of real-looking documents.
 */
import fc from 'fast-check'
import fsp from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAndImport } from '~tests/support/read-and-import'
import { decodeText } from '~shared/import/decode-text'
import { parseInstallDetails } from '~shared/import/parse-install-details'
import { ERROR_CODES } from '~shared/ipc/result'
import { useTempFolder } from '~tests/mocks/temp-folder'
import { fuzzRuns } from '~tests/support/fuzz-runs'

const FIXTURES = new URL('../../fixtures/files/', import.meta.url)
const EXAMPLE_TEXT = readFileSync(new URL('aadc01.json', FIXTURES), 'utf8')
const EXAMPLE = JSON.parse(EXAMPLE_TEXT) as Record<string, unknown>

/** The example as the collector and PowerShell could write it: UTF-8, UTF-8 BOM, UTF-16LE BOM, CRLF. */
const SEEDS: readonly Uint8Array[] = [
  Buffer.from(EXAMPLE_TEXT),
  Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(EXAMPLE_TEXT.replace(/\n/g, '\r\n'))]),
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EXAMPLE_TEXT.replace(/\n/g, '\r\n'), 'utf16le')]),
  readFileSync(new URL('aadc02-utf16le.json', FIXTURES)),
  Buffer.from(JSON.stringify(EXAMPLE)),
]

type Mutation =
  | { readonly kind: 'flip'; readonly at: number; readonly value: number }
  | { readonly kind: 'cut'; readonly at: number; readonly length: number }
  | { readonly kind: 'insert'; readonly at: number; readonly bytes: Uint8Array }
  | { readonly kind: 'truncate'; readonly at: number }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
)

function mutate(bytes: Uint8Array, change: Mutation): Uint8Array {
  const at = bytes.length === 0 ? 0 : change.at % bytes.length
  switch (change.kind) {
    case 'flip': {
      const copy = Uint8Array.from(bytes)
      copy[at] = change.value
      return copy
    }
    case 'cut':
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + change.length)])
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), change.bytes, bytes.subarray(at)])
    case 'truncate':
      return bytes.subarray(0, at)
  }
}

const mutatedDocument = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([seed, changes]) => changes.reduce(mutate, seed))

const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 512 }), mutatedDocument)

/** The pure path: decode, then parse. Returns true when it answered properly. */
function readsOrExplains(bytes: Uint8Array): boolean {
  const decoded = decodeText(bytes)
  if (!decoded.ok) {
    return typeof decoded.problem === 'string' && decoded.problem.length > 0
  }
  const parsed = parseInstallDetails(decoded.text)
  return parsed.ok
    ? parsed.details.kind === 'entra-connect-install-details' && parsed.details.schemaVersion === 1
    : parsed.problems.length > 0 && parsed.problems.every((problem) => typeof problem === 'string' && problem.length > 0)
}

/** Replaces the value at a random path of the example with a random JSON value. */
const reshapedDocument = fc
  .tuple(fc.constantFrom('server', 'connect', 'connect.version', 'connect.autoUpgrade', 'tls12.netFx64', 'dotnet', 'powershell', 'kind', 'schemaVersion'), fc.jsonValue())
  .map(([path, value]) => {
    const copy = structuredClone(EXAMPLE)
    const keys = path.split('.')
    const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy)
    parent[keys[keys.length - 1] as string] = value
    return JSON.stringify(copy)
  })

describe('reading path under fuzzing', () => {
  it('decodes and parses random and mutated bytes without throwing (4,000 runs)', () => {
    fc.assert(fc.property(anyBytes, readsOrExplains), { numRuns: fuzzRuns(4000) })
  })

  it('decodes and parses mutated documents without throwing (3,500 runs)', () => {
    fc.assert(fc.property(mutatedDocument, readsOrExplains), { numRuns: fuzzRuns(3500) })
  })

  it('validates documents with random values in known fields without throwing (2,000 runs)', () => {
    fc.assert(fc.property(reshapedDocument, (text) => readsOrExplains(Buffer.from(text))), { numRuns: fuzzRuns(2000) })
  })

  describe('the file reader', () => {
    const tempFolder = useTempFolder('fuzz-details-')

    it('answers every file with a document or a message naming it (1,000 runs)', async () => {
      const path = join(tempFolder(), 'fuzzed.json')
      await fc.assert(
        fc.asyncProperty(anyBytes, async (bytes) => {
          await fsp.writeFile(path, bytes)
          const result = await readAndImport(path)
          if (result.ok) {
            expect(result.value.fileName).toBe('fuzzed.json')
            return
          }
          expect(ERROR_CODES).toContain(result.error.code)
          expect(result.error.message.startsWith('fuzzed.json: ')).toBe(true)
          expect(result.error.message.length).toBeLessThanOrEqual(2000)
        }),
        { numRuns: fuzzRuns(1000) },
      )
    }, 60_000)
  })
})
