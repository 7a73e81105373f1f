import { describe, expect, it } from 'vitest'
import { createBundle, MAX_BUNDLE_ENTRIES, parseBundleText, readBundle } from '~shared/assessments/bundle'
import { assessmentV1Schema, migrateV0ToV1, migrateV1ToV2 } from '~shared/assessments/migrations'
import { assessmentSchema } from '~shared/assessments/assessment'

const ASSESSMENT = assessmentSchema.parse({
  kind: 'entra-connect-assessment',
  schemaVersion: 2,
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  name: 'Contoso AADC01',
  customer: 'Contoso',
  serverName: 'AADC01',
  inputs: [],
  answers: {},
  asOf: null,
  notes: '',
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z',
})

describe('createBundle', () => {
  it('stamps its kind, schema version and export time', () => {
    expect(createBundle([ASSESSMENT], '2026-11-26T12:00:00.000Z')).toEqual({
      kind: 'entra-connect-assessment-bundle',
      schemaVersion: 1,
      exportedAt: '2026-11-26T12:00:00.000Z',
      assessments: [ASSESSMENT],
    })
  })
})

describe('readBundle', () => {
  it('reads each entry on its own: good ones, migrated ones and bad ones by position', () => {
    const v0 = { kind: 'entra-connect-assessment' as const, schemaVersion: 0 as const, id: '9b2e7c1a-4f3d-4e5a-8b6c-1d2e3f4a5b6c', title: 'Old', details: {}, detailsSource: 'x.json', savedAt: '2025-06-01T08:00:00.000Z' }
    const bundle = { ...createBundle([ASSESSMENT], 'now'), assessments: [ASSESSMENT, v0, { title: 'Not one' }, 42] }
    expect(readBundle(bundle)).toEqual({
      ok: true,
      entries: [
        { ok: true, index: 0, assessment: ASSESSMENT },
        { ok: true, index: 1, assessment: migrateV1ToV2(assessmentV1Schema.parse(migrateV0ToV1(v0))), migratedFrom: 0 },
        { ok: false, index: 2, name: 'Not one', code: 'wrong-kind', message: expect.stringContaining('"kind" is missing') },
        { ok: false, index: 3, code: 'wrong-kind', message: expect.stringContaining('not an object') },
      ],
    })
  })

  it('accepts a single assessment as a bundle of one', () => {
    expect(readBundle(ASSESSMENT)).toEqual({ ok: true, entries: [{ ok: true, index: 0, assessment: ASSESSMENT }] })
  })

  it('refuses more entries than one import takes', () => {
    const bundle = { ...createBundle([], 'now'), assessments: Array.from({ length: MAX_BUNDLE_ENTRIES + 1 }, () => ASSESSMENT) }
    expect(readBundle(bundle)).toMatchObject({ ok: false, code: 'invalid', message: expect.stringContaining(`at most ${MAX_BUNDLE_ENTRIES}`) })
  })

  it('refuses text that is not JSON', () => {
    expect(parseBundleText('{"kind": "entra')).toMatchObject({ ok: false, code: 'not-json' })
  })
})
