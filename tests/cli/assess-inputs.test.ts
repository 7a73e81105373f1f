/**
 * The command line over the contract's text forms, `--server` groups and folders (docs/interface.md §2).
 */
import fsp from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { ContractDocument as AssessmentDocument } from '~shared/report/fleet-input'
import { useTempFolder } from '../mocks/temp-folder'
import { runCliForTest } from '../support/run-cli'

const FIXTURES = relative(process.cwd(), fileURLToPath(new URL('../fixtures/', import.meta.url)))
const AADC01 = join(FIXTURES, 'files/aadc01.json')
const SCHEDULER = join(FIXTURES, 'text-forms/get-adsyncscheduler.txt')
const AUTO_UPGRADE = join(FIXTURES, 'text-forms/get-adsyncautoupgrade-detail.txt')
const GLOBAL_SETTINGS = join(FIXTURES, 'text-forms/get-adsyncglobalsettings.txt')
const REG = join(FIXTURES, 'text-forms/reg-query-dotnet-tls.txt')
const PS = join(FIXTURES, 'text-forms/psversiontable.txt')

async function assess(...argv: string[]): Promise<{ code: number; document: AssessmentDocument; stderr: string }> {
  const { code, stdout, stderr } = await runCliForTest('assess', '--as-of', '2026-11-26', ...argv)
  return { code, document: JSON.parse(stdout) as AssessmentDocument, stderr }
}

function finding(document: AssessmentDocument, ruleId: string, server = 0) {
  return document.servers[server]?.findings.find((candidate) => candidate.ruleId === ruleId)
}

const tempFolder = useTempFolder('cli-inputs-')

describe('assess: text forms', () => {
  it.each([SCHEDULER, AUTO_UPGRADE, GLOBAL_SETTINGS, REG, PS])('reads %s as one (partial) server', async (path) => {
    const { document } = await assess(path)
    expect(document.errors).toEqual([])
    expect(document.servers).toHaveLength(1)
    expect(document.servers[0]?.source).toBe(path)
  })

  it('uses a Get-ADSyncScheduler file as evidence, with the line it came from', async () => {
    const { document } = await assess(SCHEDULER)
    expect(finding(document, 'staging/scheduler')?.evidence['connect.syncCycleEnabled']).toEqual({ value: false, from: `${SCHEDULER} line 8` })
  })

  it('reports an unknown text format as an error naming the file', async () => {
    const path = join(tempFolder(), 'notes.txt')
    await fsp.writeFile(path, 'Checked the server on Monday, all fine.\r\n')
    const { code, document } = await assess(path)
    expect(code).toBe(2)
    expect(document.errors[0]?.message).toMatch(/^notes\.txt: this is not a format the app reads/)
  })
})

describe('assess --server', () => {
  it('merges the files that follow into one server, with each fact from its file', async () => {
    const { document } = await assess('--server', 'AADC01', AADC01, SCHEDULER, REG)
    expect(document.servers).toHaveLength(1)
    const server = document.servers[0]
    expect(server?.source).toBe(`${AADC01} + ${SCHEDULER} + ${REG}`)
    expect(server?.name).toBe('AADC01')
    expect(finding(document, 'version/sync-stop-2026')?.evidence['connect.version']?.from).toBe(AADC01)
    expect(finding(document, 'prereq/dotnet')?.evidence['dotnet.release']).toEqual({ value: 528372, from: `${REG} line 6 (unconfirmed: the inputs disagree)` })
  })

  it('shows where grouped sources disagree; the later one wins', async () => {
    const { document } = await assess('--server', 'AADC01', AADC01, SCHEDULER)
    const conflicts = document.servers[0]?.conflicts ?? []
    expect(conflicts.map((conflict) => conflict.path)).toEqual(
      expect.arrayContaining(['connect.syncCycleEnabled', 'connect.stagingModeEnabled']),
    )
    const staging = conflicts.find((conflict) => conflict.path === 'connect.stagingModeEnabled')
    expect(staging?.values).toEqual([
      { value: false, from: AADC01 },
      { value: true, from: `${SCHEDULER} line 10` },
    ])
  })

  it('keeps ungrouped files as their own servers and names a group without server.name after --server', async () => {
    const { document } = await assess(AADC01, '--server', 'AADC02', SCHEDULER, PS)
    expect(document.servers.map((server) => server.name)).toEqual(['AADC01', 'AADC02'])
  })
})

describe('assess FOLDER', () => {
  it('assesses every file in a folder as a fleet, in name order, skipping hidden files', async () => {
    const folder = tempFolder()
    await fsp.copyFile(AADC01, join(folder, 'b-aadc01.json'))
    await fsp.copyFile(join(FIXTURES, 'files/current.json'), join(folder, 'a-current.json'))
    await fsp.writeFile(join(folder, '.DS_Store'), 'x')
    const { document } = await assess(folder)
    expect(document.servers.map((server) => server.source)).toEqual([join(folder, 'a-current.json'), join(folder, 'b-aadc01.json')])
  })
})
