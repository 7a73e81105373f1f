import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { assessOneGroup } from '~electron/cli/assessment-document'
import { fromDraft } from '~renderer/store/assessment-document'
import { provideChecks } from '~renderer/store/checks'
import { DETAILS_CHECKS } from '~renderer/store/checks-module'
import { deriveDetails } from '~renderer/store/derive-details'
import { assessServer } from '~shared/assess'
import { assessmentSchema, type Assessment } from '~shared/assessments/assessment'
import { readAssessment } from '~shared/assessments/migrations'
import { validateInstallDetails } from '~shared/import/merge-inputs'
import { compareAssessments } from '~shared/report/compare-assessments'
import { fleetInputFromAssessments } from '~shared/report/from-assessment'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import type { Finding } from '~shared/rules/types'

const AS_OF = '2026-11-26'
const RULE = 'version/sync-stop-2026'
const FIRST = 'AADC01-before.json'
const SECOND = 'AADC01-after.json'

// Two inputs that disagree on the version; the user keeps the first (2.5.79.0), which the later
// input (2.4.27.0) would otherwise override.
function saved(conflictChoices: Record<string, string>): Assessment {
  return assessmentSchema.parse({
    kind: 'entra-connect-assessment',
    schemaVersion: 2,
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    name: 'Contoso AADC01',
    customer: 'Contoso',
    serverName: 'AADC01',
    inputs: [
      { source: FIRST, format: 'install-details-json', facts: [{ path: 'server.name', value: 'AADC01' }, { path: 'connect.version', value: '2.5.79.0' }] },
      { source: SECOND, format: 'install-details-json', facts: [{ path: 'connect.version', value: '2.4.27.0' }] },
    ],
    answers: {},
    conflictChoices,
    asOf: AS_OF,
    notes: '',
    createdAt: '2026-11-26T10:00:00.000Z',
    updatedAt: '2026-11-26T10:00:00.000Z',
  })
}

function statusOf(findings: readonly Finding[]): string | undefined {
  return findings.find((finding) => finding.ruleId === RULE)?.status
}

function wizardFindings(assessment: Assessment): readonly Finding[] {
  provideChecks(DETAILS_CHECKS)
  const derived = deriveDetails(fromDraft(assessment))
  return assessServer(derived.details, AS_OF, BUILT_IN_PACK, derived.provenance).findings
}

const folder = mkdtempSync(join(tmpdir(), 'one-answer-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function commandLineFindings(assessment: Assessment): readonly Finding[] {
  const path = join(folder, `${assessment.id}-${Object.keys(assessment.conflictChoices ?? {}).length}.json`)
  writeFileSync(path, JSON.stringify(assessment))
  const outcome = assessOneGroup({ paths: [path] }, AS_OF, BUILT_IN_PACK)
  expect(outcome.errors).toEqual([])
  return outcome.assessed?.server.findings ?? []
}

function everyPath(assessment: Assessment): Record<string, string | undefined> {
  const fleet = fleetInputFromAssessments([assessment], AS_OF, validateInstallDetails, BUILT_IN_PACK).servers[0]
  const compared = compareAssessments(assessment, assessment, { mode: 'common', asOf: AS_OF }, validateInstallDetails, BUILT_IN_PACK)
  const compareStatus = compared.comparison.rules.find((rule) => rule.ruleId === RULE)?.after ?? undefined
  return {
    wizard: statusOf(wizardFindings(assessment)),
    fleetAndExport: statusOf(fleet?.findings ?? []),
    compare: compareStatus,
    commandLine: statusOf(commandLineFindings(assessment)),
  }
}

describe('a saved conflict choice gives one answer on every path', () => {
  it('without a choice the later input (2.4.27.0) wins everywhere: the rule fails', () => {
    expect(everyPath(saved({}))).toEqual({ wizard: 'fail', fleetAndExport: 'fail', compare: 'fail', commandLine: 'fail' })
  })

  it('with the first input chosen (2.5.79.0) the rule passes in the wizard, Fleet, export, Compare and the command line', () => {
    expect(everyPath(saved({ 'connect.version': FIRST }))).toEqual({ wizard: 'pass', fleetAndExport: 'pass', compare: 'pass', commandLine: 'pass' })
  })

  it('a schema version 1 file with the choice as a conflict: answer opens with the same choice', () => {
    const current = saved({ 'connect.version': FIRST })
    const { conflictChoices: _choices, ...rest } = current
    const v1 = { ...rest, schemaVersion: 1, answers: { 'conflict:connect.version': FIRST, 'checklist:backup-taken': true } }
    const read = readAssessment(v1)
    expect(read).toMatchObject({ ok: true, migratedFrom: 1 })
    const migrated = read.ok ? read.assessment : current
    expect(migrated.conflictChoices).toEqual({ 'connect.version': FIRST })
    expect(migrated.answers).toEqual({ 'checklist:backup-taken': true })
    expect(everyPath(migrated)).toEqual({ wizard: 'pass', fleetAndExport: 'pass', compare: 'pass', commandLine: 'pass' })
  })
})
