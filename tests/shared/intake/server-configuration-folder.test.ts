/**
 * A Get-ADSyncServerConfiguration export folder as one input: its connector files' connectors in
 * one list, a bad file named and the rest kept, an empty folder refused by name.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { assembleServerConfiguration, describeFileTooLarge, type ExportFile } from '~shared/intake/server-configuration-folder'
import { parseServerConfigurationConnector } from '~shared/import/text-forms/server-configuration-connector'

const FOLDER = 'server-configuration'
const AD_NAME = 'Connectors/Connector_0d2b6a2c-2e1f-4c5a-9b7e-5f3d1c0a2e11.xml'
const AAD_NAME = 'Connectors/Connector_b891884f-051e-4a83-95af-2544101c9083.xml'
const read = (name: string): ExportFile => ({ name, text: readFileSync(new URL(`../../fixtures/customizations/${FOLDER}/${name}`, import.meta.url), 'utf8') })
const AD = read(AD_NAME)
const AAD = read(AAD_NAME)

type ConnectorFact = { name: string; type: string; account?: string; partitions?: { name: string; selected: boolean; inclusions: string[] | null; exclusions: string[] | null }[] }

function connectorsOf(outcome: ReturnType<typeof assembleServerConfiguration>): ConnectorFact[] {
  if (!outcome.ok) {
    throw new Error(outcome.message)
  }
  expect(outcome.facts.map((fact) => fact.path)).toEqual(['customizations.connectors'])
  return outcome.facts[0]?.value as unknown as ConnectorFact[]
}

describe('assembleServerConfiguration', () => {
  it('reads a good folder as one input: every connector in one list, each with its own partitions', () => {
    const outcome = assembleServerConfiguration(FOLDER, [AD, AAD])
    expect(outcome).toMatchObject({ ok: true, kind: 'input', format: 'server-configuration-folder' })
    const connectors = connectorsOf(outcome)
    expect(connectors.map((connector) => [connector.name, connector.type])).toEqual([
      ['contoso.com', 'AD'],
      ['contoso.onmicrosoft.com - AAD', 'Extensible2'],
    ])
    expect(connectors[0]?.account).toBe('contoso.com\\MSOL_1a2b3c4d5e6f')
    expect(connectors[0]?.partitions?.[0]).toEqual({
      name: 'DC=contoso,DC=com',
      selected: true,
      inclusions: ['OU=Staff,DC=contoso,DC=com', 'OU=Contractors,DC=contoso,DC=com', 'OU=Groups,DC=contoso,DC=com'],
      exclusions: ['OU=Disabled,OU=Staff,DC=contoso,DC=com'],
    })
  })

  it('gives each connector exactly what the single-connector reader gives for its file', () => {
    const connectors = connectorsOf(assembleServerConfiguration(FOLDER, [AD, AAD]))
    const single = [AD, AAD].map((file) => (parseServerConfigurationConnector(file.text).facts[0]?.value as unknown[])[0])
    expect(connectors).toEqual(single)
  })

  it('keeps two AD connectors side by side, each with its own OU inclusions', () => {
    const fabrikam = { name: 'Connectors/Connector_2.xml', text: AD.text.replaceAll('contoso', 'fabrikam').replace('OU=Groups,DC=fabrikam,DC=com', 'OU=Sales,DC=fabrikam,DC=com') }
    const connectors = connectorsOf(assembleServerConfiguration(FOLDER, [AD, fabrikam, AAD]))
    expect(connectors.filter((connector) => connector.type === 'AD').map((connector) => [connector.name, connector.partitions?.[0]?.inclusions?.at(-1)])).toEqual([
      ['contoso.com', 'OU=Groups,DC=contoso,DC=com'],
      ['fabrikam.com', 'OU=Sales,DC=fabrikam,DC=com'],
    ])
  })

  it('refuses an empty folder, naming it and what to choose', () => {
    const outcome = assembleServerConfiguration(FOLDER, [])
    expect(outcome.ok).toBe(false)
    expect(outcome.ok ? '' : outcome.message).toMatch(/^server-configuration: this folder is not a Get-ADSyncServerConfiguration export: its Connectors folder holds no Connector_\*\.xml file\. Choose the folder given to Get-ADSyncServerConfiguration -Path/)
  })

  it('names a bad XML among good ones and keeps the rest', () => {
    const broken = { name: 'Connectors/Connector_broken.xml', text: '<?xml version="1.0"?>\n<ma-data><name>cut short' }
    const other = { name: 'Connectors/Connector_other.xml', text: '<?xml version="1.0"?>\n<configuration/>' }
    const outcome = assembleServerConfiguration(FOLDER, [AD, broken, other, AAD])
    expect(connectorsOf(outcome).map((connector) => connector.name)).toEqual(['contoso.com', 'contoso.onmicrosoft.com - AAD'])
    const notes = outcome.ok ? outcome.notes : []
    expect(notes).toContainEqual(expect.stringMatching(/^Connectors\/Connector_broken\.xml: the XML has no closing <\/ma-data>/))
    expect(notes).toContainEqual('Connectors/Connector_other.xml: not a connector\'s XML (no <ma-data> root); left out')
    expect(notes.some((note) => note.startsWith(AD_NAME) || note.startsWith(AAD_NAME))).toBe(false)
  })

  it('refuses a folder none of whose files gives a connector, naming each', () => {
    const outcome = assembleServerConfiguration(FOLDER, [{ name: 'Connectors/Connector_a.xml', text: '<ma-data></ma-data>' }])
    expect(outcome.ok ? '' : outcome.message).toMatch(/^server-configuration: .*Connectors\/Connector_a\.xml: the connector has neither a <name> nor a <category>/)
  })

  it('passes on the files the reader left out and names the parts it does not read', () => {
    const outcome = assembleServerConfiguration(FOLDER, [AD], { skipped: [describeFileTooLarge('Connectors/Connector_big.xml', 6 * 1024 * 1024)], otherParts: ['GlobalSettings'] })
    const notes = outcome.ok ? outcome.notes : []
    expect(notes).toContain('Connectors/Connector_big.xml: the file is 6 MB, over the 5 MB limit for one connector file; left out')
    expect(notes).toContainEqual(expect.stringMatching(/^GlobalSettings is not read \(what those files hold is not documented\)/))
  })

  it('refuses a folder whose every file was left out, saying why', () => {
    const outcome = assembleServerConfiguration(FOLDER, [], { skipped: ['Connectors/Connector_a.xml: permission to read the file was denied'] })
    expect(outcome.ok ? '' : outcome.message).toContain('none of its connector files could be read (Connectors/Connector_a.xml: permission to read the file was denied)')
  })
})
