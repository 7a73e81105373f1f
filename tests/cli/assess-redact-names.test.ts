/**
 * `--redact` over names that broke it: Unicode names whose lower case differs (İ, the Kelvin sign),
 * servers named like the app's own words (`ok`, `pass`, `Server`), a tenant id equal to a version,
 * and a stray `servers.xlsx` in the fleet folder. In every format the command line writes.
 */
import fsp from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, it } from 'vitest'
import { foldName } from '~shared/report/redaction-text'
import { useTempFolder } from '../mocks/temp-folder'
import { runCliForTest as run } from '../support/run-cli'

const FORMATS = ['json', 'text', 'markdown', 'html', 'csv'] as const
const BASE = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/files/aadc01.json', import.meta.url)), 'utf8')) as Record<string, Record<string, unknown>>
const root = useTempFolder('cli-redact-names-')
let folder = ''

beforeEach(async () => {
  folder = await fsp.mkdtemp(join(root(), 'fleet-'))
})

async function writeServer(file: string, name: string, connect: Record<string, unknown> = {}): Promise<void> {
  const document = { ...BASE, server: { ...BASE.server, name }, connect: { ...BASE.connect, ...connect } }
  await fsp.writeFile(join(folder, file), JSON.stringify(document))
}

/** True when the folded output holds the folded name as a whole token. */
function shows(output: string, name: string): boolean {
  const folded = foldName(output)
  const token = foldName(name)
  return new RegExp(`(?<![\\p{L}\\p{N}_])${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'u').test(folded)
}

describe('--redact and names whose lower case differs', () => {
  const names = ['İSTANBUL-DC01', 'KELVIN-\u212A01', 'ÅLESUND-SYNC', 'ＦＵＬＬＷＩＤＴＨ０１']
  it.each(FORMATS)('leaves none of them in --format %s, in any spelling', async (format) => {
    for (const [index, name] of names.entries()) {
      await writeServer(`server-${index}.json`, name, { tenantId: `${name}.onmicrosoft.com` })
    }
    await fsp.writeFile(join(folder, 'notes.txt'), '')
    const { stdout, stderr } = await run('assess', join(folder, 'server-0.json'), join(folder, 'server-1.json'), join(folder, 'server-2.json'), join(folder, 'server-3.json'), '--redact', '--format', format, '--as-of', '2026-11-26')
    expect(stderr).toBe('')
    expect(stdout).toMatch(/SERVER-1/)
    for (const name of names) {
      expect(shows(stdout, name), `${name} in ${format}`).toBe(false)
      expect(stdout.toLowerCase()).not.toContain(name.toLowerCase())
    }
    expect(stdout).not.toContain('istanbul')
    expect(stdout).not.toContain('\u212A')
  })
})

describe('--redact and servers named like the app’s own words', () => {
  // Redacted, a fleet of servers named ok, pass and Server must read exactly as the same fleet
  // with ordinary names: only the names change, and they become the same placeholders.
  it.each(FORMATS)('writes --format %s exactly as for ordinary names', async (format) => {
    const files = ['a.json', 'b.json', 'c.json'].map((file) => join(folder, file))
    const redacted = async (names: readonly string[]) => {
      for (const [index, name] of names.entries()) {
        await writeServer(['a.json', 'b.json', 'c.json'][index] ?? '', name)
      }
      return run('assess', ...files, '--format', format, '--redact', '--as-of', '2026-11-26')
    }
    const ordinary = await redacted(['AADC-NORTH', 'AADC-SOUTH', 'AADC-WEST'])
    const words = await redacted(['ok', 'pass', 'Server'])
    expect(words.stderr).toBe('')
    expect(words.code).toBe(ordinary.code)
    expect(words.stdout).toBe(ordinary.stdout)
    expect(words.stdout).toMatch(/SERVER-3/)
  })
})

describe('--redact and a tenant id equal to a version', () => {
  it.each(FORMATS)('replaces the tenant id and keeps the version in --format %s', async (format) => {
    await writeServer('a.json', 'AADC01', { tenantId: '2.4.27.0' })
    const { stdout, stderr } = await run('assess', join(folder, 'a.json'), '--format', format, '--redact', '--as-of', '2026-11-26')
    expect(stderr).toBe('')
    expect(stdout).toContain('2.4.27.0')
    expect(stdout).not.toMatch(/AADC01/i)
    if (format === 'json') {
      const evidence = (JSON.parse(stdout) as { servers: Array<{ findings: Array<{ evidence: Record<string, { value: unknown }> }> }> }).servers[0]?.findings.flatMap((finding) => Object.entries(finding.evidence))
      expect(evidence?.filter(([path]) => path === 'connect.version').every(([, entry]) => entry.value === '2.4.27.0')).toBe(true)
    }
  })
})

describe('--redact and stray files in the fleet folder', () => {
  it.each(FORMATS)('reports servers.xlsx as an error and still writes --format %s', async (format) => {
    await writeServer('aadc01.json', 'AADC01')
    await fsp.writeFile(join(folder, 'servers.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0xfe, 0x00, 0x01]))
    await fsp.writeFile(join(folder, 'README'), 'servers of Contoso')
    const { stdout, stderr, code } = await run('assess', folder, '--format', format, '--redact', '--as-of', '2026-11-26')
    expect(code).toBe(2)
    expect(stderr).not.toMatch(/internal error/)
    expect(stdout).toMatch(/SERVER-1/)
    expect(stdout).not.toMatch(/AADC01|servers\.xlsx/i)
  })
})
