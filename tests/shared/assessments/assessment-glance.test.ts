import { describe, expect, it } from 'vitest'
import { glanceAt } from '~shared/assessments/assessment-glance'
import type { Assessment } from '~shared/assessments/assessment'

function assessment(facts: Assessment['inputs'][number]['facts'], asOf: string | null = null): Assessment {
  return {
    kind: 'entra-connect-assessment',
    schemaVersion: 2,
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    name: 'AADC01',
    customer: 'Contoso',
    serverName: 'AADC01',
    inputs: facts.length === 0 ? [] : [{ source: 'typed in', format: 'typed', facts }],
    answers: {},
    asOf,
    notes: '',
    createdAt: '2026-11-26T10:00:00.000Z',
    updatedAt: '2026-12-06T21:55:00.000Z',
  }
}

describe('glanceAt', () => {
  it('gives the version and the verdict as of the day it was saved when it has no date of its own', () => {
    expect(glanceAt(assessment([{ path: 'connect.version', value: '2.4.27.0' }]))).toEqual({ version: '2.4.27.0', verdict: 'critical', verdictAsOf: '2026-12-06' })
  })

  it('uses the assessment\'s own as-of date', () => {
    expect(glanceAt(assessment([{ path: 'connect.version', value: '2.4.27.0' }], '2025-01-10')).verdictAsOf).toBe('2025-01-10')
  })

  it('gives the FQDN and the tenant when the inputs know them, and leaves them out when not', () => {
    const glance = glanceAt(
      assessment([
        { path: 'server.fqdn', value: 'aadc01.corp.contoso.com' },
        { path: 'connect.tenant', value: 'contoso.onmicrosoft.com' },
      ]),
    )
    expect(glance).toMatchObject({ fqdn: 'aadc01.corp.contoso.com', tenant: 'contoso.onmicrosoft.com' })
    expect(glanceAt(assessment([{ path: 'connect.version', value: '2.4.27.0' }]))).not.toHaveProperty('fqdn')
  })

  it('has no verdict without facts', () => {
    expect(glanceAt(assessment([]))).toEqual({ version: null, verdict: null, verdictAsOf: '2026-12-06' })
  })
})
