import { describe, expect, it } from 'vitest'
import { assessmentSchema } from '~shared/assessments/assessment'
import { summarize } from '~shared/assessments/store-types'
import { smallDraft } from '~tests/support/assessment-drafts'

describe('summarize', () => {
  it('keeps what a list shows, counts the inputs and notes a migration', () => {
    const assessment = assessmentSchema.parse({
      kind: 'entra-connect-assessment',
      schemaVersion: 2,
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      ...smallDraft(),
      createdAt: '2026-11-26T10:00:00.000Z',
      updatedAt: '2026-11-26T11:00:00.000Z',
    })
    expect(summarize(assessment, 0)).toEqual({
      id: assessment.id,
      name: 'Contoso AADC01',
      customer: 'Contoso',
      serverName: 'AADC01',
      asOf: '2026-11-26',
      createdAt: '2026-11-26T10:00:00.000Z',
      updatedAt: '2026-11-26T11:00:00.000Z',
      inputCount: 1,
      version: '2.4.27.0',
      verdict: 'critical',
      verdictAsOf: '2026-11-26',
      migratedFrom: 0,
    })
  })
})
