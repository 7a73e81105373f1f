import { describe, expect, it } from 'vitest'
import { assessmentDraftSchema, assessmentSchema, isAssessmentId } from '~shared/assessments/assessment'
import { MAX_FACT_LIST_ITEMS } from '~shared/import/fact-list'
import { smallDraft } from '~tests/support/assessment-drafts'

const SAVED = {
  kind: 'entra-connect-assessment',
  schemaVersion: 2,
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  ...smallDraft(),
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:05:00+01:00',
}

describe('assessmentSchema', () => {
  it('accepts a saved assessment and keeps unknown top-level fields', () => {
    expect(assessmentSchema.parse({ ...SAVED, addedLater: 1 })).toEqual({ ...SAVED, addedLater: 1 })
  })

  it.each([
    ['an upper-case id', { id: '0F8FAD5B-D9CB-469F-A165-70867728950E' }],
    ['an empty name', { name: '  ' }],
    ['a date that is not a calendar date', { asOf: '2026-02-30' }],
    ['an unknown input format', { inputs: [{ source: 'x', format: 'csv', facts: [] }] }],
    ['a fact path into the prototype', { inputs: [{ source: 'x', format: 'typed', facts: [{ path: 'server.__proto__.x', value: 1 }] }] }],
    ['a fact that is an object, not a scalar or a list', { inputs: [{ source: 'x', format: 'typed', facts: [{ path: 'a', value: { b: 1 } }] }] }],
    ['a list fact over the item limit', { inputs: [{ source: 'x', format: 'typed', facts: [{ path: 'a', value: Array.from({ length: MAX_FACT_LIST_ITEMS + 1 }, () => 1) }] }] }],
    ['a list fact with a text over the limit', { inputs: [{ source: 'x', format: 'typed', facts: [{ path: 'a', value: [{ name: 'x'.repeat(5000) }] }] }] }],
    ['a list fact with a key into the prototype', { inputs: [{ source: 'x', format: 'typed', facts: [{ path: 'a', value: [JSON.parse('{"__proto__": 1}')] }] }] }],
    ['an answer that is a number', { answers: { 'cloudsync.x': 1 } }],
    ['an answer key starting with an underscore', { answers: { __proto__x: true } }],
  ])('refuses %s', (_, change) => {
    expect(assessmentSchema.safeParse({ ...SAVED, ...change }).success).toBe(false)
  })

  it('accepts list facts (sync rules, connectors) in schema 2, as they were saved', () => {
    const rules = [{ name: 'In from AD - User Join', precedence: 99, disabled: false, immutableTag: null }]
    const connectors = [{ name: 'contoso.com', partitions: [{ name: 'DC=contoso,DC=com', inclusions: ['OU=Staff,DC=contoso,DC=com'] }] }]
    const inputs = [
      {
        source: 'AADC01.json',
        format: 'install-details-json',
        facts: [
          { path: 'customizations.syncRules', value: rules },
          { path: 'customizations.connectors', value: connectors },
        ],
      },
    ]
    expect(assessmentSchema.parse({ ...SAVED, inputs }).inputs).toEqual(inputs)
  })

  it('accepts typed and answered inputs and a null as-of date (today)', () => {
    const inputs = [
      { source: 'typed in', format: 'typed', facts: [{ path: 'connect.version', value: '2.5.79.0' }] },
      { source: 'Cloud Sync step', format: 'answered', facts: [{ path: 'connect.features.groupWriteback', value: true }] },
    ]
    expect(assessmentSchema.safeParse({ ...SAVED, inputs, asOf: null }).success).toBe(true)
  })
})

describe('assessmentDraftSchema', () => {
  it('takes the editable fields, with or without an id', () => {
    expect(assessmentDraftSchema.parse(smallDraft())).toEqual(smallDraft())
    expect(assessmentDraftSchema.safeParse({ ...smallDraft(), id: SAVED.id }).success).toBe(true)
  })

  it('refuses the fields main keeps (timestamps, kind)', () => {
    expect(assessmentDraftSchema.safeParse({ ...smallDraft(), createdAt: SAVED.createdAt }).success).toBe(false)
  })
})

describe('isAssessmentId', () => {
  it('accepts lowercase UUIDs only', () => {
    expect(isAssessmentId(SAVED.id)).toBe(true)
    expect(isAssessmentId('../x')).toBe(false)
    expect(isAssessmentId(SAVED.id.toUpperCase())).toBe(false)
  })
})
