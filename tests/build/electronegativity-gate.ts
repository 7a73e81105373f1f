/**
 * CI gate: runs Electronegativity over electron/, renderer/ and shared/, and fails on any finding
 * that is not in tests/build/electronegativity-allowlist.json. A stale allowlist entry is reported
 * (to be removed) but does not fail the run.
 *
 * Electronegativity exits 0 whatever it finds, so the CSV is what counts.
 */
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { malformation, readFindings, staleEntries, unexpectedFindings, type AllowlistEntry } from './electronegativity-findings'

const ROOT = new URL('../../', import.meta.url).pathname
const ELECTRON_VERSION = '45.5.0'
const SCANNED = ['electron', 'renderer', 'shared']

async function scan(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'electronegativity-'))
  try {
    await Promise.all(SCANNED.map((name) => cp(join(ROOT, name), join(folder, name), { recursive: true })))
    const output = join(folder, 'findings.csv')
    await promisify(execFile)(join(ROOT, 'node_modules/.bin/electronegativity'), ['-i', folder, '-e', ELECTRON_VERSION, '-o', output, '-r', '-v', 'false'], {
      maxBuffer: 16 * 1024 * 1024,
    })
    return await readFile(output, 'utf8')
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/** A scan whose CSV is whole: a damaged one (see `malformation`) is scanned again, up to three times in all. */
async function wholeScan(): Promise<string> {
  let problem = ''
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const csv = await scan()
    const malformed = malformation(csv)
    if (malformed === undefined) {
      return csv
    }
    problem = malformed
    console.warn(`electronegativity: its output was damaged (${malformed}); scanning again`)
  }
  throw new Error(`electronegativity wrote a damaged CSV three times; the last: ${problem}`)
}

const allowlist = (JSON.parse(await readFile(join(ROOT, 'tests/build/electronegativity-allowlist.json'), 'utf8')) as { entries: AllowlistEntry[] }).entries
const findings = readFindings(await wholeScan())
const unexpected = unexpectedFindings(findings, allowlist)
const stale = staleEntries(findings, allowlist)
for (const finding of unexpected) {
  console.error(`electronegativity: ${finding.check} (${finding.severity}) at ${finding.file}:${finding.location}: ${finding.description}`)
}
for (const entry of stale) {
  console.warn(`electronegativity: allowlist entry ${entry.check} for ${entry.file} matches nothing any more; remove it`)
}
console.log(`electronegativity: ${findings.length} findings, ${findings.length - unexpected.length} allowlisted, ${unexpected.length} not allowed, ${stale.length} stale allowlist entries`)
process.exitCode = unexpected.length > 0 ? 1 : 0
