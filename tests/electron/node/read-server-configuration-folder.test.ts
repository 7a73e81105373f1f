/**
 * Reading a Get-ADSyncServerConfiguration export folder from disk: its connector files as one
 * input, within the file count and size limits, a folder that is not an export named; the
 * asynchronous reader (main) and the synchronous one (the command line) agree.
 */
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { MAX_EXPORT_CONNECTOR_FILES, MAX_EXPORT_FILE_BYTES } from '~shared/intake/server-configuration-folder'
import { readServerConfigurationFolder, readServerConfigurationFolderSync } from '~electron/node/read-server-configuration-folder'
import { useTempFolder } from '~tests/mocks/temp-folder'

const FIXTURE = fileURLToPath(new URL('../../fixtures/customizations/server-configuration', import.meta.url))
const AD_XML = join(FIXTURE, 'Connectors', 'Connector_0d2b6a2c-2e1f-4c5a-9b7e-5f3d1c0a2e11.xml')
const tempFolder = useTempFolder('server-configuration-')

async function readBoth(path: string) {
  const read = await readServerConfigurationFolder(path)
  expect(readServerConfigurationFolderSync(path)).toEqual(read)
  return read
}

async function exportWith(name: string, files: Readonly<Record<string, string | Uint8Array>>): Promise<string> {
  const root = join(tempFolder(), name)
  for (const [file, content] of Object.entries(files)) {
    await fsp.mkdir(join(root, file, '..'), { recursive: true })
    await fsp.writeFile(join(root, file), content)
  }
  return root
}

describe('readServerConfigurationFolder', () => {
  it('reads the fixture export: both connectors, MV.xml named as not read', async () => {
    const read = await readBoth(FIXTURE)
    expect(read.ok).toBe(true)
    const value = read.ok ? read.value : undefined
    expect(value?.name).toBe('server-configuration')
    expect(value?.encoding).toBe('utf-8-bom')
    const connectors = value?.facts[0]?.value as { name: string }[]
    expect(connectors.map((connector) => connector.name)).toEqual(['contoso.com', 'contoso.onmicrosoft.com - AAD'])
    expect(value?.notes).toContainEqual(expect.stringMatching(/^GlobalSettings is not read/))
  })

  it('names a folder without a Connectors folder as not an export', async () => {
    const root = await exportWith('only-settings', { 'GlobalSettings/MV.xml': '<mv-data/>' })
    const read = await readBoth(root)
    expect(read.ok ? '' : read.error.message).toMatch(/^only-settings: this folder is not a Get-ADSyncServerConfiguration export: it has no Connectors folder\. Choose the folder/)
  })

  it('names a folder that does not exist', async () => {
    const read = await readBoth(join(tempFolder(), 'gone'))
    expect(read.ok ? '' : read.error.message).toBe('gone: the folder does not exist. Check the path and that you may read the folder, then try again.')
  })

  it('leaves out a connector file over the size limit, naming it, and keeps the others', async () => {
    const ad = await fsp.readFile(AD_XML)
    const root = await exportWith('large', { 'Connectors/Connector_a.xml': ad, 'Connectors/Connector_b.xml': new Uint8Array(MAX_EXPORT_FILE_BYTES + 1).fill(0x20) })
    const read = await readBoth(root)
    expect(read.ok ? read.value.notes : [read.error.message]).toContain('Connectors/Connector_b.xml: the file is over the 5 MB limit for one connector file; left out')
    expect(read.ok ? (read.value.facts[0]?.value as unknown[]).length : 0).toBe(1)
  })

  it(`reads at most ${MAX_EXPORT_CONNECTOR_FILES} connector files and says how many were left out`, async () => {
    const text = await fsp.readFile(AD_XML, 'utf8')
    const files = Object.fromEntries(Array.from({ length: MAX_EXPORT_CONNECTOR_FILES + 2 }, (_, index) => [`Connectors/Connector_${String(index).padStart(3, '0')}.xml`, text]))
    const read = await readBoth(await exportWith('many', { ...files, 'Connectors/readme.txt': 'x' }))
    const notes = read.ok ? read.value.notes : []
    expect(read.ok ? (read.value.facts[0]?.value as unknown[]).length : 0).toBe(MAX_EXPORT_CONNECTOR_FILES)
    expect(notes).toContain(`2 connector files left out (past the first ${MAX_EXPORT_CONNECTOR_FILES} connector files): Connectors/Connector_050.xml, Connectors/Connector_051.xml`)
    expect(notes).toContain('1 connector file left out (not .xml files): Connectors/readme.txt')
  })

  it('names a binary file among the connectors and keeps the rest', async () => {
    const ad = await fsp.readFile(AD_XML)
    const read = await readBoth(await exportWith('binary', { 'Connectors/Connector_a.xml': ad, 'Connectors/Connector_z.xml': Uint8Array.from([0x00, 0x01, 0x02, 0xff, 0x00]) }))
    expect(read.ok ? read.value.notes : [read.error.message]).toContainEqual(expect.stringMatching(/^Connectors\/Connector_z\.xml: not text the app reads/))
  })
})
