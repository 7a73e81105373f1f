import { describe, expect, it } from 'vitest'
import { parseAssessmentText } from '~shared/assessments/migrations'
import { flattenDocument } from '~shared/intake/dotted-path'
import { importInput } from '~shared/intake/import-input'
import { isNestedDeeperThan, MAX_JSON_DEPTH, parseJsonWithin } from '~shared/json/json-depth'
import { formatValue } from '~shared/report/report-text'

const KIND = '"kind":"entra-connect-install-details","schemaVersion":1'
const arrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`
const objects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`

describe('isNestedDeeperThan', () => {
  it('counts the document itself as level 1, objects and arrays alike', () => {
    expect(isNestedDeeperThan(JSON.parse(arrays(MAX_JSON_DEPTH)))).toBe(false)
    expect(isNestedDeeperThan(JSON.parse(arrays(MAX_JSON_DEPTH + 1)))).toBe(true)
    expect(isNestedDeeperThan(JSON.parse(objects(MAX_JSON_DEPTH)))).toBe(false)
    expect(isNestedDeeperThan(JSON.parse(objects(MAX_JSON_DEPTH + 1)))).toBe(true)
    expect(isNestedDeeperThan('text')).toBe(false)
    expect(isNestedDeeperThan(null)).toBe(false)
  })

  it('walks 20,000 levels without overflowing the stack', () => {
    expect(isNestedDeeperThan(JSON.parse(arrays(20_000)))).toBe(true)
    expect(parseJsonWithin(objects(20_000))).toEqual({ ok: false, problem: 'too-deep' })
  })
})

describe('a document nested 20,000 levels deep', () => {
  it('is refused with a message naming the file, on every way in, without a throw', () => {
    for (const text of [arrays(20_000), `{${KIND},"x":${objects(20_000)}}`, `{${KIND.replace('1', arrays(20_000))}}`]) {
      const result = importInput({ name: 'deep.json', text: text })
      expect(result).toMatchObject({ ok: false, code: 'invalid-document' })
      expect(result.ok ? '' : result.message).toMatch(/^deep\.json: it nests objects or arrays more than 64 levels deep/)
    }
  })

  it('is refused as a saved assessment, and the schema version is never stringified', () => {
    expect(parseAssessmentText(`{"kind":"entra-connect-assessment","schemaVersion":${arrays(20_000)}}`)).toMatchObject({ ok: false, code: 'invalid' })
    expect(parseAssessmentText(objects(20_000))).toMatchObject({ ok: false, code: 'invalid', message: expect.stringContaining('64 levels') })
  })

  it('cannot overflow the walkers even when handed one directly', () => {
    const deep = JSON.parse(objects(20_000)) as Record<string, unknown>
    expect(flattenDocument(deep)).toHaveLength(1)
    expect(formatValue(JSON.parse(arrays(20_000)))).toBe('…')
  })
})
