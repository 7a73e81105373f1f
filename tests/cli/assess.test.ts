/**
 * The command line end to end over the sample files: in process (no build needed), and once as
 * `node out/main/cli.js` when the build exists.
 */
import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import fsp from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { ContractDocument as AssessmentDocument } from '~shared/report/fleet-input'
import { PARALLEL_MIN_SERVERS } from '~electron/cli/main'
import { useTempFolder } from '../mocks/temp-folder'
import { runCliForTest, type CliRun } from '../support/run-cli'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
// Relative paths, as an admin types them: `source` must echo the path as given.
const FILES = `${relative(process.cwd(), fileURLToPath(new URL('../fixtures/files/', import.meta.url)))}/`
const AADC01 = `${FILES}aadc01.json`
const UTF16 = `${FILES}aadc02-utf16le.json`
const V1 = `${FILES}legacy-v1.json`
const CURRENT = `${FILES}current.json`
const BROKEN = `${FILES}broken.json`
const WRONG_KIND = `${FILES}wrong-kind.json`
const BINARY = `${FILES}binary.bin`
const VERSION_RULES = ['version/v1-retired', 'version/hardening-2025', 'version/sync-stop-2026']

const run = runCliForTest

async function assess(...argv: string[]): Promise<CliRun & { document: AssessmentDocument }> {
  const result = await run('assess', ...argv)
  return { ...result, document: JSON.parse(result.stdout) as AssessmentDocument }
}

function statuses(document: AssessmentDocument, server = 0): Record<string, string> {
  const findings = document.servers[server]?.findings ?? []
  return Object.fromEntries(findings.filter((finding) => VERSION_RULES.includes(finding.ruleId)).map((finding) => [finding.ruleId, finding.status]))
}

const tempFolder = useTempFolder('cli-out-')

describe('assess --format json', () => {
  it('prints one document of the contract shape', async () => {
    const { document } = await assess(AADC01, '--as-of', '2026-11-26')
    expect(Object.keys(document)).toEqual(['schemaVersion', 'asOf', 'rulePack', 'servers', 'errors'])
    expect(document).toMatchObject({
      schemaVersion: 1,
      asOf: '2026-11-26',
      rulePack: { version: BUILT_IN_PACK.version, asOf: BUILT_IN_PACK.asOf },
      servers: [{ source: AADC01, name: 'AADC01', verdict: 'critical' }],
      errors: [],
    })
  })

  it('gives every finding the contract fields, with evidence from the file as given', async () => {
    const { document } = await assess(AADC01)
    const finding = document.servers[0]?.findings.find((item) => item.ruleId === 'version/sync-stop-2026')
    expect(finding).toMatchObject({ step: 'version', status: 'fail', evidence: { 'connect.version': { value: '2.4.27.0', from: AADC01 } } })
    for (const key of ['ruleId', 'step', 'status', 'title', 'message', 'evidence', 'remediation', 'sources', 'data']) {
      expect(finding).toHaveProperty(key)
    }
  })

  it('decides the three version rules for the contract example as of 2026-11-26', async () => {
    const { document, code } = await assess(AADC01, '--as-of', '2026-11-26')
    expect(statuses(document)).toEqual({ 'version/v1-retired': 'pass', 'version/hardening-2025': 'pass', 'version/sync-stop-2026': 'fail' })
    expect(code).toBe(1)
  })

  it('warns about the 2026 floor on 2026-09-29 and fails it from 2026-09-30', async () => {
    expect(statuses((await assess(AADC01, '--as-of', '2026-09-29')).document)['version/sync-stop-2026']).toBe('warn')
    expect(statuses((await assess(AADC01, '--as-of', '2026-09-30')).document)['version/sync-stop-2026']).toBe('fail')
  })

  it('fails all three version rules for a V1 server', async () => {
    const { document } = await assess(V1, '--as-of', '2026-11-26')
    expect(statuses(document)).toEqual({ 'version/v1-retired': 'fail', 'version/hardening-2025': 'fail', 'version/sync-stop-2026': 'fail' })
    expect(document.servers[0]?.verdict).toBe('critical')
  })

  it('reads the UTF-16LE file like its UTF-8 twin', async () => {
    const { document } = await assess(UTF16, AADC01)
    expect(document.servers.map((server) => server.name)).toEqual(['AADC02', 'AADC01'])
    expect(statuses(document, 0)).toEqual(statuses(document, 1))
  })

  it('defaults the as-of date to today', async () => {
    expect((await assess(AADC01)).document.asOf).toBe('2026-11-26')
  })

  it('exits 0 when every server is ok', async () => {
    const { code, document, stderr } = await assess(CURRENT, '--as-of', '2026-11-26')
    expect(document.servers[0]?.verdict).toBe('ok')
    expect(code).toBe(0)
    expect(stderr).toBe('')
  })
})

describe('assess: files it cannot read', () => {
  it('still assesses the good files, lists the others in errors and exits 2', async () => {
    const { document, code } = await assess(AADC01, BROKEN, WRONG_KIND, BINARY, `${FILES}missing.json`, CURRENT)
    expect(document.servers.map((server) => server.source)).toEqual([AADC01, CURRENT])
    expect(document.errors.map((error) => error.source)).toEqual([BROKEN, WRONG_KIND, BINARY, `${FILES}missing.json`])
    expect(code).toBe(2)
  })

  it('explains each failure, naming the file', async () => {
    const { document } = await assess(BROKEN, WRONG_KIND, BINARY, `${FILES}missing.json`)
    expect(document.errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/^broken\.json: the JSON ends early .*Export it again/),
      expect.stringMatching(/^wrong-kind\.json: this saved assessment cannot be read: it is not a valid schemaVersion 1 assessment/),
      expect.stringMatching(/^binary\.bin: it contains binary data/),
      expect.stringMatching(/^missing\.json: the file does not exist/),
    ])
  })

  it('prints one line per failed file on stderr, with no stack trace', async () => {
    const { stderr } = await assess(AADC01, BROKEN, BINARY)
    const lines = stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^entra-readiness: broken\.json: /)
    expect(stderr).not.toMatch(/\n\s+at /)
  })
})

describe('assess: usage', () => {
  it.each([
    [[]],
    [['assess']],
    [['assess', AADC01, '--as-of', '2026-13-01']],
    [['assess', AADC01, '--bogus']],
    [['check', AADC01]],
  ])('exits 2 with the message and the usage on stderr for %j', async (argv) => {
    const { code, stdout, stderr } = await run(...argv)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^entra-readiness: .+\n\nUsage: entra-readiness assess \[--server NAME\] FILE\.\.\./)
  })

  it('prints help and exits 0', async () => {
    const { code, stdout } = await run('--help')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: entra-readiness assess \[--server NAME\] FILE\.\.\. \[--as-of YYYY-MM-DD\] \[--format json\|text\|markdown\|html\|csv\|sarif\|jsonl\] \[--redact\] \[--out FILE\]/)
  })

  it('prints the version and the rule pack and exits 0', async () => {
    const { code, stdout } = await run('--version')
    expect(code).toBe(0)
    expect(stdout).toBe(`entra-readiness 9.9.9 (rule pack ${BUILT_IN_PACK.version}, facts as of ${BUILT_IN_PACK.asOf})\n`)
  })
})

describe('assess --format text', () => {
  it('prints the verdict and each finding that is not pass', async () => {
    const { stdout, code } = await run('assess', AADC01, '--format', 'text', '--as-of', '2026-11-26')
    expect(stdout).toContain(`${AADC01} (AADC01)\n  verdict: critical\n`)
    expect(stdout).toMatch(/ {2}fail +version\/sync-stop-2026 +2\.4\.27\.0 is below 2\.5\.79\.0/)
    expect(stdout).not.toMatch(/ {2}pass +version\/v1-retired/)
    expect(code).toBe(1)
  })
})

describe('assess --out', () => {
  it('writes the document to the file instead of stdout', async () => {
    const out = join(tempFolder(), 'report.json')
    const { stdout, code } = await run('assess', AADC01, '--out', out)
    expect(stdout).toBe('')
    expect(code).toBe(1)
    expect((JSON.parse(await fsp.readFile(out, 'utf8')) as AssessmentDocument).servers[0]?.name).toBe('AADC01')
  })

  it('replaces an existing file whole and leaves no temporary file', async () => {
    const out = join(tempFolder(), 'replace.txt')
    await fsp.writeFile(out, 'old content that is longer than nothing')
    await run('assess', CURRENT, '--format', 'text', '--out', out)
    expect(await fsp.readFile(out, 'utf8')).toMatch(/^Entra Connect upgrade readiness/)
    expect((await fsp.readdir(tempFolder())).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('exits 2 with one line when the folder does not exist', async () => {
    const { code, stderr } = await run('assess', AADC01, '--out', join(tempFolder(), 'missing', 'report.json'))
    expect(code).toBe(2)
    expect(stderr).toMatch(/^entra-readiness: could not write .*report\.json \(ENOENT\)/)
  })
})

describe('--format json text', () => {
  it('is exactly JSON.stringify(document, null, 2) and a newline, with servers, errors, none, to stdout and to --out', async () => {
    const empty = join(tempFolder(), 'empty-folder')
    await fsp.mkdir(empty, { recursive: true })
    for (const files of [[AADC01, UTF16, BROKEN, V1, CURRENT], [BROKEN], [empty]]) {
      const { stdout } = await run('assess', ...files, '--as-of', '2026-11-26')
      expect(stdout).toBe(`${JSON.stringify(JSON.parse(stdout), null, 2)}\n`)
      const out = join(tempFolder(), `exact-${files.length}-${files[0]?.length ?? 0}.json`)
      await run('assess', ...files, '--as-of', '2026-11-26', '--out', out)
      expect(await fsp.readFile(out, 'utf8')).toBe(stdout)
    }
  })
})

describe('the built command line', () => {
  const cli = join(ROOT, 'out/main/cli.js')

  it('runs under plain Node: node out/main/cli.js assess', async (context) => {
    if (!existsSync(cli)) {
      context.skip('out/main/cli.js is not built; run `npm run build` first')
    }
    const exec = promisify(execFile)
    const failure = await exec(process.execPath, [cli, 'assess', AADC01, BROKEN, '--as-of', '2026-11-26'], { cwd: process.cwd() }).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    )
    expect('code' in failure && failure.code).toBe(2)
    const document = JSON.parse(failure.stdout) as AssessmentDocument
    expect(document.servers[0]?.verdict).toBe('critical')
    expect(document.errors[0]?.source).toBe(BROKEN)
    expect(failure.stderr).toMatch(/^entra-readiness: broken\.json: /)
  }, 30_000)

  it('assesses a large folder in workers and writes byte for byte what one server after another writes', async (context) => {
    if (!existsSync(cli)) {
      context.skip('out/main/cli.js is not built; run `npm run build` first')
    }
    const folder = join(tempFolder(), 'fleet')
    await fsp.mkdir(folder)
    const samples = await Promise.all([AADC01, UTF16, V1, CURRENT, BROKEN].map((path) => fsp.readFile(path)))
    // More than the parallel threshold, with unreadable files among them.
    const count = PARALLEL_MIN_SERVERS + 50
    await Promise.all(
      Array.from({ length: count }, (_, index) => fsp.writeFile(join(folder, `srv-${String(index).padStart(5, '0')}.json`), samples[index % samples.length] as Buffer)),
    )
    const out = join(tempFolder(), 'fleet.json')
    const exec = promisify(execFile)
    const failure = await exec(process.execPath, [cli, 'assess', folder, '--as-of', '2026-11-26', '--out', out]).catch((error: { code: number; stderr: string }) => error)
    expect('code' in failure && failure.code).toBe(2)
    const inProcess = await run('assess', folder, '--as-of', '2026-11-26')
    expect(inProcess.code).toBe(2)
    const written = await fsp.readFile(out, 'utf8')
    expect(written).toBe(inProcess.stdout)
    expect(failure.stderr).toBe(inProcess.stderr)
    const document = JSON.parse(written) as AssessmentDocument
    expect(document.servers).toHaveLength(count - count / 5)
    expect(document.errors).toHaveLength(count / 5)
  }, 60_000)

  it('leaves no half-written file when interrupted, and the target as it was', async (context) => {
    if (!existsSync(cli) || process.platform === 'win32') {
      context.skip('needs the built command line and POSIX signals')
    }
    const folder = join(tempFolder(), 'interrupted')
    await fsp.mkdir(folder)
    const sample = await fsp.readFile(AADC01)
    await Promise.all(Array.from({ length: 3000 }, (_, index) => fsp.writeFile(join(folder, `srv-${String(index).padStart(5, '0')}.json`), sample)))
    const outFolder = join(tempFolder(), 'interrupted-out')
    await fsp.mkdir(outFolder)
    const out = join(outFolder, 'fleet.json')
    await fsp.writeFile(out, 'the previous report')
    const child = spawn(process.execPath, [cli, 'assess', folder, '--as-of', '2026-11-26', '--out', out], { stdio: 'ignore' })
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
    // Wait for the hidden temporary file beside the target, then interrupt.
    for (let waited = 0; (await fsp.readdir(outFolder)).length < 2 && waited < 20_000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect((await fsp.readdir(outFolder)).length).toBe(2)
    child.kill('SIGINT')
    const { signal } = await exited
    expect(signal).toBe('SIGINT')
    expect((await fsp.readdir(outFolder)).join(' ')).toBe('fleet.json')
    expect(await fsp.readFile(out, 'utf8')).toBe('the previous report')
  }, 60_000)
})

