/**
 * The app's redacted export (`report:export` with `redact`): names whose lower case differs and
 * servers named like the app's own words, in every format it writes.
 */
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createDispatcher } from '~electron/main/ipc/dispatch'
import { createAssessmentStore } from '~electron/main/services/assessment-store/assessment-store'
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

async function exported(name: string, serverName: string, tenantId: string, format: (typeof FORMATS)[number]) {
  const assessments = createAssessmentStore({ folder: join(folder(), `${name}-${format}`) })
  const saved = await assessments.save(draft(serverName, tenantId))
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
})
