/**
 * `assess <folder>` on a Get-ADSyncServerConfiguration export: the folder is one input (its
 * connectors together), its OU filter reaches the customization findings as the collector's read
 * does, and a folder meant as an export that is not one is named, never a stack trace.
 */
import fsp from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { ContractDocument } from '~shared/report/fleet-input'
import { useTempFolder } from '../mocks/temp-folder'
import { runCliForTest } from '../support/run-cli'

const FIXTURES = relative(process.cwd(), fileURLToPath(new URL('../fixtures/', import.meta.url)))
const FOLDER = join(FIXTURES, 'customizations/server-configuration')
const COLLECTOR = join(FIXTURES, 'collector/customized-collector-output.json')
const tempFolder = useTempFolder('cli-server-configuration-')

const assess = (...argv: string[]) => runCliForTest('assess', '--as-of', '2026-11-26', ...argv)

describe('assess: a server-configuration export folder', () => {
  it('is one server, its connectors read together', async () => {
    const { code, stdout, stderr } = await assess(FOLDER)
    expect(stderr).toBe('')
    expect(code).toBe(1)
    const document = JSON.parse(stdout) as ContractDocument
    expect(document.errors).toEqual([])
    expect(document.servers.map((server) => server.source)).toEqual([FOLDER])
    const evidence = document.servers[0]?.findings.find((finding) => finding.ruleId === 'customizations/cloud-sync-tool')?.evidence['customizations.connectors']
    expect(evidence?.from).toBe(FOLDER)
    expect((evidence?.value as { name: string }[]).map((connector) => connector.name)).toEqual(['contoso.com', 'contoso.onmicrosoft.com - AAD'])
  })

  it('gives the OU-filter findings the collector’s connectors give, and the customizations view', async () => {
    const collector = JSON.parse(await fsp.readFile(COLLECTOR, 'utf8')) as { customizations: Record<string, unknown> }
    delete collector.customizations.connectors
    const stripped = join(tempFolder(), 'collector-without-connectors.json')
    await fsp.writeFile(stripped, JSON.stringify(collector))
    const customizationFindings = (document: ContractDocument) =>
      Object.fromEntries((document.servers[0]?.findings ?? []).filter((finding) => finding.ruleId.startsWith('customizations/')).map((finding) => [finding.ruleId, [finding.status, finding.message]]))
    const expected = JSON.parse((await assess(COLLECTOR)).stdout) as ContractDocument
    const document = JSON.parse((await assess('--server', 'AADC-CUSTOM', stripped, FOLDER)).stdout) as ContractDocument
    expect(document.errors).toEqual([])
    expect(customizationFindings(document)).toEqual(customizationFindings(expected))
    const evidence = document.servers[0]?.findings.find((finding) => finding.ruleId === 'customizations/cloud-sync-tool')?.evidence['customizations.connectors']
    expect(JSON.stringify(evidence?.value)).toContain('OU=Contractors,DC=contoso,DC=com')
    expect(document.servers[0]?.customizations?.routes.map((route) => route.loses.length)).toEqual(expected.servers[0]?.customizations?.routes.map((route) => route.loses.length))
  })

  it('prints it as text', async () => {
    const { code, stdout } = await assess(FOLDER, '--format', 'text')
    expect(code).toBe(1)
    expect(stdout).toContain('server-configuration')
  })

  it('names a folder with the export’s other parts but no Connectors folder, exit 2, no stack', async () => {
    const folder = join(tempFolder(), 'ServerConfiguration')
    await fsp.mkdir(join(folder, 'GlobalSettings'), { recursive: true })
    await fsp.writeFile(join(folder, 'GlobalSettings', 'MV.xml'), '<mv-data/>')
    const { code, stderr } = await assess(folder, '--format', 'text')
    expect(code).toBe(2)
    const json = JSON.parse((await assess(folder)).stdout) as ContractDocument
    expect(json.errors.map((error) => error.source)).toEqual([folder])
    expect(stderr).toContain('ServerConfiguration: this folder is not a Get-ADSyncServerConfiguration export: it has no Connectors folder.')
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/)
  })

  it('names an export whose Connectors folder is empty', async () => {
    const folder = join(tempFolder(), 'EmptyExport')
    await fsp.mkdir(join(folder, 'Connectors'), { recursive: true })
    const { code, stderr } = await assess(folder, '--format', 'text')
    expect(code).toBe(2)
    expect(stderr).toContain('EmptyExport: this folder is not a Get-ADSyncServerConfiguration export: its Connectors folder holds no Connector_*.xml file.')
  })
})
