import { describe, expect, it } from 'vitest'
import type { ContractDocument as AssessmentDocument } from '~shared/report/fleet-input'
import { formatText } from '~electron/cli/format-text'
import type { Finding } from '~shared/rules/types'

function finding(ruleId: string, status: Finding['status'], message: string): Finding {
  return {
    ruleId,
    step: 'version',
    status,
    severity: 'blocker',
    title: ruleId,
    message,
    messageId: status,
    evidence: {},
    remediation: [],
    sources: [],
    data: {},
    why: '',
    confidence: 'documented',
  }
}

const DOCUMENT: AssessmentDocument = {
  schemaVersion: 1,
  asOf: '2026-11-26',
  rulePack: { version: '2026.11.26', asOf: '2026-11-26' },
  servers: [
    {
      source: 'servers/aadc01.json',
      name: 'AADC01\u001b[31m',
      verdict: 'critical',
      findings: [
        finding('version/v1-retired', 'pass', 'fine'),
        finding('version/hardening-2025', 'warn', 'below the minimum'),
        finding('version/sync-stop-2026', 'fail', 'sync has\nstopped'),
        finding('staging/msonline-workaround', 'not-applicable', 'n/a'),
      ],
    },
  ],
  errors: [{ source: 'broken.json', message: 'broken.json: the JSON ends early.' }],
}

describe('formatText', () => {
  const text = formatText(DOCUMENT)

  it('heads with the as-of date and the rule pack', () => {
    expect(text.split('\n')[0]).toBe('Entra Connect upgrade readiness as of 2026-11-26 (rule pack 2026.11.26)')
  })

  it('lists the verdict, then the findings that are not pass, most urgent first', () => {
    const lines = text.split('\n')
    const start = lines.findIndex((line) => line.startsWith('servers/aadc01.json'))
    expect(lines.slice(start + 1, start + 5)).toEqual([
      '  verdict: critical',
      '  fail    version/sync-stop-2026  sync has stopped',
      '  warn    version/hardening-2025  below the minimum',
      '  1 passed, 1 not applicable',
    ])
  })

  it('strips control characters from values taken from the files', () => {
    expect(text).not.toContain('\u001b')
    expect(text).toContain('servers/aadc01.json (AADC01 [31m)')
  })

  it('lists the files that could not be read and ends with a summary', () => {
    expect(text).toContain('Could not be read:\n  broken.json: the JSON ends early.')
    expect(text.trimEnd().split('\n').at(-1)).toBe('1 server assessed, 1 not ok; 1 file could not be read.')
  })
})
