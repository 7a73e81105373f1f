/**
 * A save cut short by a killed process leaves one complete version. Writer processes save a large
 * assessment (about 1 MB) in a loop through the real store and are killed with SIGKILL: at random
 * moments (two writers on each file, two files at once), and once halfway through writing for certain.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createAssessmentStore } from '~electron/main/services/assessment-store/assessment-store'
import { TEMPORARY_FILE_PATTERN } from '~electron/node/write-file-atomic'
import { parseAssessmentText } from '~shared/assessments/migrations'
import { largeDraft, stampOf } from '~tests/support/assessment-drafts'
import { useTempFolder } from '~tests/mocks/temp-folder'

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url))
const WRITER = join(ROOT, 'tests/support/assessment-writer.ts')
const ID = '0f8fad5b-d9cb-469f-a165-70867728950e'
/** One file per pair of writers: the pairs run side by side, so the kills cost one start-up, not one each. */
const PAIR_IDS = ['1b4e28ba-2fa1-41d2-883f-0016d3cca427', '6fa459ea-ee8a-4ca4-894e-db77e160355e']
/** Once every writer has saved, each is killed at a random moment within this many milliseconds (a save takes about 60). */
const KILL_WINDOW_MS = 250

const tempFolder = useTempFolder('store-kill-')

interface Writer {
  readonly child: ChildProcess
  /** Resolves when the writer has printed `line` (`saved`, `stalled`). */
  readonly printed: (line: string) => Promise<void>
  readonly exited: Promise<void>
}

function startWriter(folder: string, id: string, name: string, mode: 'loop' | 'stall' = 'loop'): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, folder, id, name, mode], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  const printed = (line: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => (stdout.includes(line) ? resolve() : undefined)
      child.stdout?.on('data', check)
      child.on('exit', (code, signal) => reject(new Error(`writer ${name} ended before "${line}" (${code ?? signal}): ${stderr}`)))
      check()
    })
  return { child, printed, exited }
}

async function kill(writer: Writer, afterMs = 0): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, afterMs))
  writer.child.kill('SIGKILL')
  await writer.exited
}

async function temporaryFiles(folder: string): Promise<string[]> {
  return (await fsp.readdir(folder)).filter((name) => TEMPORARY_FILE_PATTERN.test(name)).sort()
}

/** Reads the file and checks it is one complete version of one writer; returns that version's name. */
async function expectOneCompleteVersion(folder: string, id: string): Promise<string> {
  const read = parseAssessmentText(await fsp.readFile(join(folder, `${id}.json`), 'utf8'))
  expect(read.ok).toBe(true)
  const assessment = read.ok ? read.assessment : undefined
  const stamp = stampOf(assessment?.name ?? '')
  expect(stamp).toBeDefined()
  const { name, customer, serverName, inputs, answers, asOf, notes } = largeDraft(id, stamp?.writer ?? '', stamp?.version ?? 0)
  expect(assessment).toMatchObject({ id, name, customer, serverName, answers, asOf, notes })
  expect(assessment?.inputs).toEqual(inputs)
  return name
}

describe('a save interrupted by a killed process', () => {
  it('leaves one complete version when two writers of the same file are killed at random moments', async () => {
    const folder = join(tempFolder(), 'random')
    await fsp.mkdir(folder)
    const writers = PAIR_IDS.flatMap((id, pair) => [startWriter(folder, id, `a${pair}`), startWriter(folder, id, `b${pair}`)])
    await Promise.all(writers.map((writer) => writer.printed('saved')))
    await Promise.all(writers.map((writer) => kill(writer, Math.random() * KILL_WINDOW_MS)))

    const names = await Promise.all(PAIR_IDS.map((id) => expectOneCompleteVersion(folder, id)))
    const store = createAssessmentStore({ folder })
    const listed = await store.list()
    expect(listed.problems).toEqual([])
    expect(listed.entries.map((entry) => entry.name).sort()).toEqual([...names].sort())
    const leftOver = await temporaryFiles(folder)
    expect([...(await store.cleanUp())].sort()).toEqual(leftOver)
    expect(await temporaryFiles(folder)).toEqual([])
  }, 30_000)

  it('keeps the previous version when the writer is killed halfway through writing the new one', async () => {
    const folder = join(tempFolder(), 'midway')
    await fsp.mkdir(folder)
    const writer = startWriter(folder, ID, 'w', 'stall')
    await writer.printed('stalled')
    await kill(writer)

    expect(await expectOneCompleteVersion(folder, ID)).toBe('Large assessment w-1')
    const [temporary] = await temporaryFiles(folder)
    expect(temporary).toBeDefined()
    const partial = await fsp.readFile(join(folder, temporary ?? ''), 'utf8')
    expect(parseAssessmentText(partial)).toMatchObject({ ok: false, code: 'not-json' })

    const store = createAssessmentStore({ folder })
    expect((await store.list()).problems).toEqual([])
    expect(await store.cleanUp()).toEqual([temporary])
    expect(await fsp.readdir(folder)).toEqual([`${ID}.json`])
  }, 30_000)
})
