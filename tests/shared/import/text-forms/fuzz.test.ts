import { readdir, readFile } from 'node:fs/promises'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importInput } from '~shared/intake/import-input'
import { mergeInputs } from '~shared/import/merge-inputs'
import { fuzzRuns } from '~tests/support/fuzz-runs'

const FIXTURES = new URL('../../../fixtures/text-forms/', import.meta.url)
const RUNS = 10_000

async function seeds(): Promise<string[]> {
  const names = await readdir(FIXTURES)
  return Promise.all(names.map((name) => readFile(new URL(name, FIXTURES), 'utf8')))
}

/** Mutations of a real-looking input: cut, splice, duplicate lines, swap values. */
function mutated(corpus: readonly string[]) {
  return fc
    .tuple(fc.constantFrom(...corpus), fc.nat(), fc.nat(), fc.string({ maxLength: 40 }), fc.constantFrom('cut', 'splice', 'dup', 'noise'))
    .map(([text, a, b, noise, kind]) => {
      const i = a % (text.length + 1)
      const j = b % (text.length + 1)
      switch (kind) {
        case 'cut':
          return text.slice(0, i)
        case 'splice':
          return text.slice(0, i) + noise + text.slice(j)
        case 'dup':
          return text.slice(0, i) + text.slice(Math.min(i, j), Math.max(i, j)) + text.slice(i)
        default:
          return noise + text.slice(i)
      }
    })
}

describe('importers never throw (fuzz)', () => {
  it(`turns ${RUNS} mutated real inputs into facts or a message naming the source`, async () => {
    const corpus = await seeds()
    fc.assert(
      fc.property(mutated(corpus), (text) => {
        const result = importInput({ name: 'input.txt', text: text })
        if (result.ok) {
          mergeInputs([{ source: 'input.txt', facts: result.facts }])
        } else {
          expect(result.message.startsWith('input.txt: ')).toBe(true)
        }
      }),
      { numRuns: fuzzRuns(RUNS), seed: 20261126 },
    )
  })

  it(`survives ${RUNS} arbitrary strings`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = importInput({ name: 'pasted text', text: text })
        expect(typeof result.ok).toBe('boolean')
      }),
      { numRuns: fuzzRuns(RUNS), seed: 42 },
    )
  })
})
