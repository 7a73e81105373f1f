import { describe, expect, it } from 'vitest'
import { migrateV0ToV1, parseAssessmentText, readAssessment } from '~shared/assessments/migrations'

const V0 = {
  kind: 'entra-connect-assessment' as const,
  schemaVersion: 0 as const,
  id: '9b2e7c1a-4f3d-4e5a-8b6c-1d2e3f4a5b6c',
  title: 'Fabrikam sync server',
  customerName: 'Fabrikam',
  details: {
    kind: 'entra-connect-install-details',
    schemaVersion: 1,
    server: { name: 'FAB-SYNC01' },
    connect: { version: '2.3.20.0', features: { groupWriteback: true } },
    tags: ['a', 'b'],
  },
  detailsSource: 'FAB-SYNC01.json',
  cloudSyncAnswers: { groupWriteback: true },
  asOf: '2025-06-01',
  notes: 'Prototype notes.',
  savedAt: '2025-06-01T08:00:00.000Z',
}

describe('readAssessment: migrating schemaVersion 0', () => {
  it('turns the one document into one input of facts, keeping every fact (lists too) and its source', () => {
    const read = readAssessment(V0)
    expect(read).toMatchObject({ ok: true, migratedFrom: 0 })
    const assessment = read.ok ? read.assessment : undefined
    expect(assessment).toMatchObject({
      kind: 'entra-connect-assessment',
      schemaVersion: 2,
      id: V0.id,
      name: 'Fabrikam sync server',
      customer: 'Fabrikam',
      serverName: 'FAB-SYNC01',
      answers: { 'cloudsync.groupWriteback': true },
      asOf: '2025-06-01',
      notes: 'Prototype notes.',
      createdAt: V0.savedAt,
      updatedAt: V0.savedAt,
    })
    expect(assessment?.inputs).toEqual([
      {
        source: 'FAB-SYNC01.json',
        format: 'install-details-json',
        facts: [
          { path: 'server.name', value: 'FAB-SYNC01' },
          { path: 'connect.version', value: '2.3.20.0' },
          { path: 'connect.features.groupWriteback', value: true },
          { path: 'tags', value: ['a', 'b'] },
        ],
      },
    ])
  })

  it('marks facts typed on the old form as typed, and names an untitled assessment', () => {
    const migrated = migrateV0ToV1({ ...V0, title: ' ', detailsSource: 'typed in', details: { connect: { version: '2.5.79.0' } } })
    expect(migrated).toMatchObject({ name: 'Untitled assessment', inputs: [{ source: 'typed in', format: 'typed' }] })
  })

  it('fills what version 0 left optional', () => {
    const { customerName: _customer, cloudSyncAnswers: _answers, notes: _notes, asOf: _asOf, ...bare } = V0
    expect(readAssessment(bare)).toMatchObject({ ok: true, assessment: { customer: '', answers: {}, notes: '', asOf: null } })
  })

  it('refuses a version 0 document without its fields, saying which', () => {
    const { details: _details, ...broken } = V0
    expect(readAssessment(broken)).toEqual({ ok: false, code: 'invalid', message: expect.stringMatching(/^it is not a valid schemaVersion 0 assessment \(details: /) })
  })
})

describe('readAssessment: current and future versions', () => {
  it('reads a current document without marking it migrated', () => {
    const first = readAssessment(V0)
    expect(first.ok).toBe(true)
    const read = readAssessment(first.ok ? first.assessment : undefined)
    expect(read.ok).toBe(true)
    expect(read.ok && read.migratedFrom).toBe(undefined)
  })

  it('refuses a newer schema version, asking for an update', () => {
    expect(readAssessment({ ...V0, schemaVersion: 3 })).toMatchObject({ ok: false, code: 'newer-version', message: expect.stringContaining('Update the app') })
  })
})

describe('parseAssessmentText', () => {
  it('reads a file with a UTF-8 byte order mark', () => {
    expect(parseAssessmentText(`\uFEFF${JSON.stringify(V0)}`).ok).toBe(true)
  })

  it('says when the text is cut short', () => {
    expect(parseAssessmentText(JSON.stringify(V0).slice(0, 40))).toMatchObject({ ok: false, code: 'not-json', message: expect.stringContaining('ends early') })
  })
})
