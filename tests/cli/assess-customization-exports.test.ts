/**
 * The exported sync settings JSON and a server-configuration connector XML through the command
 * line: for the facts they carry, the same customization findings as the collector's reads.
 */
import fsp from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { ContractDocument as AssessmentDocument } from '~shared/report/fleet-input'
import { useTempFolder } from '../mocks/temp-folder'
import { runCliForTest } from '../support/run-cli'

const FIXTURES = relative(process.cwd(), fileURLToPath(new URL('../fixtures/', import.meta.url)))
const COLLECTOR = join(FIXTURES, 'collector/customized-collector-output.json')
const EXPRESS = join(FIXTURES, 'collector/express-default-collector-output.json')
const EXPORTED = join(FIXTURES, 'customizations/Applied-SynchronizationPolicy-2026-01-14-170500.json')
const CONNECTOR = join(FIXTURES, 'customizations/server-configuration/Connectors/Connector_0d2b6a2c-2e1f-4c5a-9b7e-5f3d1c0a2e11.xml')

const tempFolder = useTempFolder('cli-customization-exports-')

async function assess(...argv: string[]): Promise<AssessmentDocument> {
  const { stdout } = await runCliForTest('assess', '--as-of', '2026-11-26', ...argv)
  return JSON.parse(stdout) as AssessmentDocument
}

/** The customization findings' statuses and messages, by rule. */
function customizationFindings(document: AssessmentDocument): Record<string, { status: string; message: string }> {
  const findings = document.servers[0]?.findings ?? []
  return Object.fromEntries(
    findings.filter((finding) => finding.ruleId.startsWith('customizations/')).map((finding) => [finding.ruleId, { status: finding.status, message: finding.message }]),
  )
}

/** The collector fixture without the facts `drop` names (dotted paths under `customizations`). */
async function collectorWithout(...drop: string[]): Promise<string> {
  const document = JSON.parse(await fsp.readFile(COLLECTOR, 'utf8')) as { customizations: Record<string, Record<string, unknown>> }
  for (const path of drop) {
    const [key, child] = path.split('.') as [string, string | undefined]
    if (child === undefined) {
      delete document.customizations[key]
    } else {
      delete document.customizations[key]?.[child]
    }
  }
  const path = join(tempFolder(), 'collector-without.json')
  await fsp.writeFile(path, JSON.stringify(document))
  return path
}

describe('assess: customization exports', () => {
  it('the exported settings JSON gives the collector fixture customization findings for the OU filter and listed rules', async () => {
    const expected = customizationFindings(await assess(COLLECTOR))
    const stripped = await collectorWithout('exportedSettings.customRules', 'connectors')
    const withoutThem = customizationFindings(await assess(stripped))
    const document = await assess('--server', 'AADC-CUSTOM', stripped, EXPORTED)
    expect(document.errors).toEqual([])
    expect(customizationFindings(document)).toEqual(expected)
    // The files carried facts the findings needed: without them the answer differs.
    expect(withoutThem).not.toEqual(expected)
  })

  it('the connector XML gives the collector fixture customization findings for the connectors', async () => {
    const expected = customizationFindings(await assess(COLLECTOR))
    const stripped = await collectorWithout('connectors')
    const document = await assess('--server', 'AADC-CUSTOM', stripped, CONNECTOR)
    expect(document.errors).toEqual([])
    expect(customizationFindings(document)).toEqual(expected)
    // The connectors came from the XML: the OU filter the route rules weigh is the file's.
    const evidence = document.servers[0]?.findings.find((finding) => finding.ruleId === 'customizations/cloud-sync-tool')?.evidence['customizations.connectors']
    expect(evidence?.from).toBe(CONNECTOR)
    expect(JSON.stringify(evidence?.value)).toContain('OU=Contractors,DC=contoso,DC=com')
  })

  it('--format json carries each route’s keeps and losses for the customized server', async () => {
    const view = (await assess(COLLECTOR)).servers[0]?.customizations
    expect(view?.losesAnything).toBe(true)
    expect(view?.routes.map((route) => route.label)).toEqual(['In-place upgrade', 'Swing migration (a new server)', 'Guided Cloud Sync migration tool'])
    expect(view?.routes[0]?.loses.map((item) => item.ruleId)).toContain('customizations/disabled-standard-rule')
    expect(view?.routes[2]?.loses.map((item) => item.ruleId)).toContain('customizations/cloud-sync-tool')
  })

  it('--format json says nothing is at risk for a default express install', async () => {
    const view = (await assess(EXPRESS)).servers[0]?.customizations
    expect(view?.losesAnything).toBe(false)
    expect(view?.routes.flatMap((route) => route.loses)).toEqual([])
  })
})
