/**
 * The exported sync settings JSON and the Get-ADSyncServerConfiguration connector XML: detection,
 * the facts they give, malformed and hostile files.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importInput } from '~shared/intake/import-input'
import { detectFormat } from '~shared/import/text-forms/detect-format'
import { parseExportedSyncSettings } from '~shared/import/text-forms/exported-sync-settings'
import { parseServerConfigurationConnector } from '~shared/import/text-forms/server-configuration-connector'

const read = (path: string) => readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8')
const EXPORTED_NAME = 'Applied-SynchronizationPolicy-2026-01-14-170500.json'
const CONNECTOR_NAME = 'Connector_0d2b6a2c-2e1f-4c5a-9b7e-5f3d1c0a2e11.xml'
const EXPORTED = read(`customizations/${EXPORTED_NAME}`)
const CONNECTOR = read(`customizations/server-configuration/Connectors/${CONNECTOR_NAME}`)

const valueOf = (facts: readonly { path: string; value: unknown }[], path: string) => facts.find((fact) => fact.path === path)?.value

describe('detecting the customization exports', () => {
  it('recognises the exported settings JSON and the connector XML (with its BOM)', () => {
    expect(detectFormat(EXPORTED)).toBe('exported-sync-settings-json')
    expect(detectFormat(CONNECTOR)).toBe('server-configuration-connector-xml')
  })

  it('leaves install-details JSON (also the collector output, which lists connectors) to install-details', () => {
    expect(detectFormat(read('files/aadc01.json'))).toBe('install-details-json')
    expect(detectFormat(read('collector/customized-collector-output.json'))).toBe('install-details-json')
    expect(detectFormat('[{"onpremisesDirectoryPolicy": []}]')).toBe('install-details-json')
  })

  it('does not take other XML or the text forms', () => {
    expect(detectFormat('<?xml version="1.0"?>\n<configuration><runtime/></configuration>')).toBeUndefined()
    expect(detectFormat(read('text-forms/get-adsyncglobalsettings.txt'))).toBe('get-adsyncglobalsettings')
    expect(detectFormat(read('text-forms/get-adsyncscheduler.txt'))).toBe('get-adsyncscheduler')
  })
})

describe('the exported settings JSON', () => {
  it('gives the AD connector with its OU filter and the custom rules listed', () => {
    const imported = importInput({ name: EXPORTED_NAME, text: EXPORTED })
    expect(imported.ok).toBe(true)
    if (!imported.ok) return
    expect(valueOf(imported.facts, 'customizations.connectors')).toEqual([
      {
        name: 'contoso.com',
        type: 'AD',
        partitions: [
          {
            name: 'DC=contoso,DC=com',
            selected: true,
            inclusions: ['OU=Staff,DC=contoso,DC=com', 'OU=Contractors,DC=contoso,DC=com', 'OU=Groups,DC=contoso,DC=com'],
            exclusions: ['OU=Disabled,OU=Staff,DC=contoso,DC=com'],
          },
        ],
      },
    ])
    const rules = valueOf(imported.facts, 'customizations.exportedSettings.customRules') as { name: string; identifier: string }[]
    expect(rules.map((rule) => rule.identifier)).toEqual([
      'c0ffee00-0000-4000-8000-000000000099',
      'c0ffee00-0000-4000-8000-000000000050',
      'c0ffee00-0000-4000-8000-000000000051',
      'c0ffee00-0000-4000-8000-000000000052',
      'c0ffee00-0000-4000-8000-000000000150',
    ])
  })

  it('names the file and says the JSON is not valid when it is cut short', () => {
    const imported = importInput({ name: 'MigratedPolicy.json', text: EXPORTED.slice(0, 400) })
    expect(imported).toMatchObject({ ok: false })
    if (imported.ok) return
    expect(imported.message).toMatch(/^MigratedPolicy\.json: looks like exported sync settings JSON .*the JSON is not valid/)
  })

  it('says so when the connectors list is not a list', () => {
    const imported = importInput({ name: 'MigratedPolicy.json', text: '{"onpremisesDirectoryPolicy": "contoso.com"}' })
    expect(imported.ok).toBe(false)
    if (imported.ok) return
    expect(imported.message).toMatch(/^MigratedPolicy\.json: .*no onpremisesDirectoryPolicy list of connectors/)
  })

  it('leaves a too-long container list unknown, not cut', () => {
    const huge = JSON.stringify({
      onpremisesDirectoryPolicy: [{ friendlyName: 'a', partitionFilters: [{ distinguishedName: 'DC=a', containerInclusions: Array.from({ length: 6000 }, (_, index) => `OU=${index},DC=a`) }] }],
    })
    const result = parseExportedSyncSettings(huge)
    const connectors = valueOf(result.facts, 'customizations.connectors') as { partitions: { inclusions: unknown }[] }[]
    expect(connectors[0]?.partitions[0]?.inclusions).toBeNull()
    expect(result.notes.join(' ')).toMatch(/6000 containers/)
  })
})

describe('the connector XML', () => {
  it('gives the connector, its account and each partition with its inclusions and exclusions', () => {
    const imported = importInput({ name: CONNECTOR_NAME, text: CONNECTOR })
    expect(imported.ok).toBe(true)
    if (!imported.ok) return
    expect(valueOf(imported.facts, 'customizations.connectors')).toEqual([
      {
        name: 'contoso.com',
        type: 'AD',
        account: 'contoso.com\\MSOL_1a2b3c4d5e6f',
        partitions: [
          {
            name: 'DC=contoso,DC=com',
            selected: true,
            inclusions: ['OU=Staff,DC=contoso,DC=com', 'OU=Contractors,DC=contoso,DC=com', 'OU=Groups,DC=contoso,DC=com'],
            exclusions: ['OU=Disabled,OU=Staff,DC=contoso,DC=com'],
          },
          { name: 'CN=Configuration,DC=contoso,DC=com', selected: false, inclusions: [], exclusions: [] },
        ],
      },
    ])
  })

  it('decodes entities in names', () => {
    const result = parseServerConfigurationConnector('<ma-data><name>R&amp;D &#x41;</name><category>AD</category></ma-data>')
    expect(valueOf(result.facts, 'customizations.connectors')).toEqual([{ name: 'R&D A', type: 'AD' }])
  })

  it('names the file and the problem when the XML is cut short', () => {
    const imported = importInput({ name: CONNECTOR_NAME, text: CONNECTOR.slice(0, 600) })
    expect(imported.ok).toBe(false)
    if (imported.ok) return
    expect(imported.message).toMatch(/^Connector_.*\.xml: looks like Get-ADSyncServerConfiguration connector XML .*cut short/)
  })

  it('reads a hostile file in bounded time', () => {
    const hostile = `<ma-data><name>x</name><category>AD</category><ma-partition-data>${'<partition '.repeat(200_000)}</ma-partition-data></ma-data>`
    const started = performance.now()
    const result = parseServerConfigurationConnector(hostile)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(result.facts).toHaveLength(1)
    const many = `<ma-data><name>x</name><ma-partition-data>${'<partition><name>p</name></partition>'.repeat(600)}</ma-partition-data></ma-data>`
    const bounded = parseServerConfigurationConnector(many)
    expect((valueOf(bounded.facts, 'customizations.connectors') as { partitions?: unknown }[])[0]?.partitions).toBeUndefined()
    expect(bounded.notes.join(' ')).toMatch(/more than 500 partitions/)
  })
})
