/**
 * The command line's reports (`--format markdown|html|csv`) and `--redact`, over a folder fleet.
 */
import fsp from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { ALL_RULES } from '~shared/rules/index'
import { useTempFolder } from '../mocks/temp-folder'
import { parseHtml } from '../support/parse-html'
import { runCliForTest, type CliRun } from '../support/run-cli'

const FIXTURES = relative(process.cwd(), fileURLToPath(new URL('../fixtures/', import.meta.url)))
const AADC01 = join(FIXTURES, 'files/aadc01.json')
const STAGING = join(FIXTURES, 'scenarios/staging-server.json')
const V1 = join(FIXTURES, 'scenarios/v1-ws2012r2.json')
const CURRENT = join(FIXTURES, 'files/current.json')
const SCHEDULER = join(FIXTURES, 'text-forms/get-adsyncscheduler.txt')
const TENANT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301'

function run(...argv: string[]): Promise<CliRun> {
  return runCliForTest('assess', '--as-of', '2026-11-26', ...argv)
}

const tempFolder = useTempFolder('cli-reports-')
let fleet = ''
let customerFleet = ''

/** The names in the customer fleet: none may appear in redacted output. */
const ORIGINALS = ['Contoso', 'AADC01', 'AADC-STAGING', 'V1-2012R2', 'CONTOSO-SYNC07', 'corp.contoso.com', TENANT, 'MSOL_77aa88bb99cc', 'svc-sync@contoso.com', 'AADC09', 'jsmith']

// jsdom's first page is slow to make on a busy machine: not a cost any one test should carry.
beforeAll(() => void parseHtml('<p></p>'), 60_000)

beforeAll(async () => {
  fleet = join(tempFolder(), 'fleet')
  await fsp.mkdir(fleet)
  await Promise.all([AADC01, STAGING, V1].map((path, index) => fsp.copyFile(path, join(fleet, `${index}.json`))))

  customerFleet = join(tempFolder(), 'jsmith', 'Contoso')
  await fsp.mkdir(customerFleet, { recursive: true })
  await fsp.copyFile(AADC01, join(customerFleet, 'AADC01.json'))
  await fsp.copyFile(STAGING, join(customerFleet, 'AADC-STAGING.json'))
  await fsp.copyFile(V1, join(customerFleet, 'V1-2012R2.json'))
  const document = JSON.parse(await fsp.readFile(AADC01, 'utf8')) as { server: object; connect: object }
  const sensitive = {
    ...document,
    server: { ...document.server, name: 'CONTOSO-SYNC07', domain: 'corp.contoso.com' },
    connect: { ...document.connect, tenantId: TENANT, adConnectorAccount: 'CONTOSO\\MSOL_77aa88bb99cc', aadAccount: 'svc-sync@contoso.com' },
  }
  await fsp.writeFile(join(customerFleet, 'contoso-sync07.json'), JSON.stringify(sensitive))
  await fsp.writeFile(join(customerFleet, 'AADC09.json'), '{"kind": "entra-connect-install-details", "schemaVersion": 1, "server": {"name": "AADC09"')
})

describe('assess --format html', () => {
  it('writes one self-contained page covering the fleet, most urgent first; exit codes unchanged', async () => {
    const { code, stdout, stderr } = await run(fleet, '--format', 'html')
    const page = parseHtml(stdout)
    expect(page.title).toBe('Entra Connect upgrade readiness: 3 servers, as of 2026-11-26')
    expect([...page.querySelectorAll('section.server h2')].map((heading) => heading.textContent?.split(' ')[0])).toEqual(['V1-2012R2', 'AADC-STAGING', 'AADC01'])
    expect(page.querySelectorAll('script, link, img').length).toBe(0)
    expect(page.querySelector('.fleet .pair-ok')?.textContent).toBe('AADC01 is active; AADC-STAGING is its staging server.')
    expect(code).toBe(1)
    expect(stderr).toBe('')
  })

  it('exits 0 when every server is ok', async () => {
    const { code, stdout } = await run(CURRENT, '--format', 'html')
    expect(code).toBe(0)
    expect(parseHtml(stdout).querySelector('.verdict-sentence')?.textContent).toMatch(/^AADC03 is ok: /)
  })

  it('lists files it could not read, exits 2 and says so on stderr', async () => {
    const { code, stdout, stderr } = await run(customerFleet, '--format', 'html')
    expect(code).toBe(2)
    expect(stderr).toMatch(/^entra-readiness: AADC09\.json: the JSON ends early/)
    const lists = [...parseHtml(stdout).querySelectorAll('.fleet ul')]
    expect(lists.at(-1)?.textContent).toMatch(/AADC09\.json: AADC09\.json: the JSON ends early/)
  })

  it('shows a --server group with each fact from its file and the sources that disagree', async () => {
    const page = parseHtml((await run('--server', 'AADC01', AADC01, SCHEDULER, '--format', 'html')).stdout)
    expect(page.querySelector('.raw-facts')?.textContent).toContain(`connect.syncCycleEnabledfalse${SCHEDULER} line 8`)
    expect(page.querySelector('.raw-facts ul')?.textContent).toContain('connect.stagingModeEnabled: false')
  })

  it('writes to --out in one piece', async () => {
    const out = join(tempFolder(), 'report.html')
    const { code, stdout } = await run(fleet, '--format', 'html', '--out', out)
    expect([code, stdout]).toEqual([1, ''])
    expect(await fsp.readFile(out, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/)
    expect((await fsp.readdir(tempFolder())).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

describe('assess --format markdown and csv', () => {
  it('writes Markdown with the fleet most urgent first', async () => {
    const { code, stdout } = await run(fleet, '--format', 'markdown')
    expect(code).toBe(1)
    expect(stdout.split('\n').filter((line) => line.startsWith('## '))).toEqual(['## Fleet overview', '## V1-2012R2: Critical', '## AADC-STAGING: Critical', '## AADC01: Critical'])
  })

  it('writes one CSV row per server and rule after the header', async () => {
    const { code, stdout } = await run(fleet, '--format', 'csv')
    const lines = stdout.split('\r\n').filter((line) => line !== '')
    expect(code).toBe(1)
    expect(lines[0]).toBe('server,source,verdict,ruleId,step,status,title,message,evidence,sources')
    expect(lines).toHaveLength(1 + 3 * ALL_RULES.length)
    expect(lines[1]?.startsWith(`V1-2012R2,${join(fleet, '2.json')},critical,version/v1-retired,version,fail,`)).toBe(true)
  })
})

describe('assess --redact', () => {
  it.each(['json', 'text', 'markdown', 'html', 'csv', 'jsonl', 'sarif'])('leaves no original name anywhere in --format %s of a fleet', async (format) => {
    const { code, stdout } = await run(customerFleet, '--format', format, '--redact')
    expect(code).toBe(2)
    const output = stdout.toLowerCase()
    expect(ORIGINALS.filter((original) => output.includes(original.toLowerCase()))).toEqual([])
    expect(stdout).toMatch(/SERVER-1/)
  })

  it('the unredacted output does hold those names (the test is not vacuous)', async () => {
    const outputs = await Promise.all(['json', 'html'].map(async (format) => (await run(customerFleet, '--format', format)).stdout.toLowerCase()))
    expect(ORIGINALS.filter((original) => !outputs.some((output) => output.includes(original.toLowerCase())))).toEqual([])
  })

  it('keeps the contract shape for --format json, servers in input order', async () => {
    const document = JSON.parse((await run(customerFleet, '--format', 'json', '--redact')).stdout) as Record<string, unknown> & { servers: { name: string; source: string }[] }
    expect(Object.keys(document)).toEqual(['schemaVersion', 'asOf', 'rulePack', 'servers', 'errors'])
    expect(document.servers.map((server) => [server.name, server.source])).toEqual([
      ['SERVER-1', 'FILE-1.json'],
      ['SERVER-2', 'FILE-2.json'],
      ['SERVER-3', 'FILE-3.json'],
      ['SERVER-4', 'FILE-4.json'],
    ])
  })
})
