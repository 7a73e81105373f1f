/**
 * The app's redacted export (`report:export` with `redact`): names whose lower case differs and
 * servers named like the app's own words, in every format it writes.
 */
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createDispatcher } from '~electron/main/ipc/dispatch'
import { createAssessmentStore } from '~electron/main/services/assessment-store/assessment-store'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { AssessmentDraft } from '~shared/assessments/assessment'
import { toInputFacts } from '~shared/import/input-facts'
import { importInput } from '~shared/intake/import-input'
import { foldName } from '~shared/report/redaction-text'
import { createFakeDeps, TRUSTED_SENDER } from '~tests/mocks/main-deps'
import { useTempFolder } from '~tests/mocks/temp-folder'

const folder = useTempFolder('report-redaction-')
const FORMATS = ['html', 'markdown', 'csv', 'json'] as const

function draft(serverName: string, tenantId: string) {
  return {
    name: `${serverName} before upgrade`,
    customer: 'İzmir Holding',
    serverName,
    inputs: [
      {
        source: `${serverName}.json`,
        format: 'typed' as const,
        facts: [
          { path: 'server.name', value: serverName },
          { path: 'connect.version', value: '2.4.18.0' },
          { path: 'connect.tenantId', value: tenantId },
        ],
      },
    ],
    answers: {},
    asOf: '2026-11-26',
    notes: '',
  }
}

/** An assessment of one collector output, read as the app reads an opened file. */
function collectedDraft(fixture: string): AssessmentDraft {
  const imported = importInput({ name: fixture, text: readFileSync(fileURLToPath(new URL(`../../../../fixtures/collector/${fixture}`, import.meta.url)), 'utf8') })
  if (!imported.ok || imported.kind !== 'input') {
    throw new Error(`${fixture} did not import`)
  }
  const { facts, notes } = toInputFacts(imported.facts, imported.notes)
  return { name: 'Contoso sync server', customer: 'Contoso', serverName: '', inputs: [{ source: fixture, format: imported.format, facts: [...facts], notes: [...notes] }], answers: {}, asOf: '2026-11-26', notes: '' }
}

async function exported(name: string, serverName: string, tenantId: string, format: (typeof FORMATS)[number], assessment: AssessmentDraft = draft(serverName, tenantId)) {
  const assessments = createAssessmentStore({ folder: join(folder(), `${name}-${format}`) })
  const saved = await assessments.save(assessment)
  if (!saved.ok) {
    throw new Error(saved.error.message)
  }
  const target = join(folder(), `${name}.${format}`)
  const deps = { ...createFakeDeps(), assessments, showSaveDialog: vi.fn(async () => target) }
  const response = await createDispatcher(deps)('report:export', { ids: [saved.value.id], format, redact: true }, TRUSTED_SENDER)
  expect(response).toMatchObject({ ok: true, value: { status: 'saved' } })
  return fsp.readFile(target, 'utf8')
}

describe('report:export with redaction', () => {
  it.each(FORMATS)('hides İ and Kelvin-sign names in %s, in any spelling', async (format) => {
    const output = foldName(await exported('unicode', 'İSTANBUL-\u212A01', 'İSTANBUL.onmicrosoft.com', format))
    expect(output).not.toContain('istanbul')
    expect(output).not.toContain('izmir')
    expect(output).toContain('server-1')
  })

  it.each(FORMATS)('keeps the version when the tenant id equals it, and the verdicts for a server named ok, in %s', async (format) => {
    const output = await exported('words', 'ok', '2.4.18.0', format)
    expect(output).toContain('2.4.18.0')
    expect(output).toContain('SERVER-1')
    expect(output).not.toMatch(/SERVER-\d+\.\d/)
  })

  it.each(FORMATS)('exports a collector’s output (its notes name connect.database and connect.features) in %s, without its names', async (format) => {
    const output = await exported('collected', '', '', format, collectedDraft('customized-collector-output.json'))
    expect(output).toContain('SERVER-1')
    for (const name of ['AADC-CUSTOM', 'contoso', 'OU=Staff', 'OU=Contractors', 'OU=Groups', 'OU=Disabled', 'MSOL_1a2b3c4d5e6f']) {
      expect(foldName(output), name).not.toContain(foldName(name))
    }
  })
})
