/**
 * A fleet assessed in workers writes exactly what assessing one server after another writes:
 * the same bytes in the same order, the same errors and summary, whatever order the chunks come
 * back in, and also when a worker fails or cannot start (its chunks are assessed on the main thread).
 */
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assessGroups, groupInputs, type ServerGroup } from '~electron/cli/assessment-document'
import { createChunkAssessor } from '~electron/cli/chunk-writer'
import { textServer } from '~electron/cli/format-text'
import { serverOutput } from '~electron/cli/format-writers'
import { jsonServer } from '~tests/support/json-server-oracle'
import { assessInParallel, type AssessWorker, type StartWorker } from '~electron/cli/parallel-assess'
import type { ChunkRequest, ChunkResult, SpareBuffer, WorkerSetup } from '~electron/cli/parallel-protocol'
import type { StreamedFormat } from '~electron/cli/report-output'
import { useTempFolder } from '~tests/mocks/temp-folder'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const FILES = new URL('../../fixtures/files/', import.meta.url)
const AS_OF = '2026-11-26'
const tempFolder = useTempFolder('parallel-')

/** A folder of `count` server files (every fifth one unreadable), as the command line groups it. */
async function fleet(count: number): Promise<ServerGroup[]> {
  const folder = await fsp.mkdtemp(join(tempFolder(), 'fleet-'))
  const samples = await Promise.all(['aadc01.json', 'current.json', 'legacy-v1.json', 'aadc02-utf16le.json'].map((name) => fsp.readFile(new URL(name, FILES))))
  for (let index = 0; index < count; index += 1) {
    const name = `server-${String(index).padStart(4, '0')}.json`
    await fsp.writeFile(join(folder, name), index % 5 === 4 ? '{"kind": "entra-connect-install' : (samples[index % samples.length] as Buffer))
  }
  return groupInputs([{ path: folder }])
}

/** What one server after another writes (the reference). */
async function sequential(groups: readonly ServerGroup[], format: StreamedFormat) {
  let text = ''
  let index = 0
  const errors: string[] = []
  const summary = await assessGroups(groups, AS_OF, BUILT_IN_PACK, {
    onServer: (server) => {
      text += format === 'json' ? jsonServer(server, index++) : format === 'text' ? textServer(server) : serverOutput(format, server, BUILT_IN_PACK)
    },
    onError: (error) => errors.push(error.message),
  })
  // sarif's results each follow a comma; the run's first one has none.
  return { text: format === 'sarif' ? text.slice(1) : text, errors, summary }
}

interface FakeOptions {
  /** Answer chunks in reverse order of arrival, a few at a time. */
  readonly reorder?: boolean
  /** The worker reports an error after answering this many chunks. */
  readonly failAfter?: number
  /** Starting the worker throws. */
  readonly failToStart?: boolean
  /** The worker never answers this chunk (and stays alive). */
  readonly silentOn?: number
  /** The worker's answer to this chunk cannot be read (a 'messageerror'). */
  readonly unreadableOn?: number
}

/** In-process workers running the real chunk assessor, answering asynchronously. */
function fakeWorkers(options: FakeOptions = {}) {
  const started: { readonly sent: number[]; readonly answered: Set<ArrayBuffer>; readonly spares: ArrayBuffer[]; terminated: boolean }[] = []
  let maxOutstanding = 0
  const start: StartWorker = (setup: WorkerSetup) => {
    if (options.failToStart === true) {
      throw new Error('no worker for you')
    }
    const assess = createChunkAssessor(setup.asOf, setup.format, setup.pack)
    const listeners = {
      message: [] as ((result: ChunkResult) => void)[],
      error: [] as ((error: Error) => void)[],
      messageerror: [] as ((error: Error) => void)[],
      exit: [] as ((code: number) => void)[],
    }
    const state = { sent: [] as number[], answered: new Set<ArrayBuffer>(), spares: [] as ArrayBuffer[], terminated: false }
    started.push(state)
    let answered = 0
    let queue: ChunkRequest[] = []
    const answer = () => {
      const batch = options.reorder === true ? queue.reverse() : queue
      queue = []
      for (const request of batch) {
        if (state.terminated) {
          return
        }
        if (options.failAfter !== undefined && answered >= options.failAfter) {
          listeners.error.forEach((listener) => listener(new Error('worker crashed')))
          return
        }
        if (request.index === options.silentOn) {
          continue
        }
        if (request.index === options.unreadableOn) {
          listeners.messageerror.forEach((listener) => listener(new Error('could not deserialize')))
          continue
        }
        answered += 1
        const result = assess(request.index, request.groups)
        const bytes = new Uint8Array(result.bytes)
        state.answered.add(bytes.buffer)
        listeners.message.forEach((listener) => listener({ ...result, bytes }))
      }
    }
    const worker: AssessWorker = {
      postMessage: (message: ChunkRequest | SpareBuffer) => {
        if ('spare' in message) {
          state.spares.push(message.spare)
          return
        }
        const request = message
        state.sent.push(request.index)
        queue.push(request)
        maxOutstanding = Math.max(maxOutstanding, started.reduce((sum, each) => sum + each.sent.length, 0))
        setTimeout(answer, queue.length % 3)
      },
      on: ((event: keyof typeof listeners, listener: never) => {
        listeners[event].push(listener)
        return worker
      }) as AssessWorker['on'],
      terminate: async () => {
        state.terminated = true
        return 0
      },
    }
    return worker
  }
  return { start, started, maxOutstanding: () => maxOutstanding }
}

async function parallel(groups: readonly ServerGroup[], format: StreamedFormat, start: StartWorker, workerCount = 2, isDoneWithOutput = false) {
  const chunks: Uint8Array[] = []
  const errors: string[] = []
  const summary = await assessInParallel(groups, { asOf: AS_OF, format, pack: BUILT_IN_PACK }, start, { workerCount, chunkSize: 7, chunksPerWorker: 2, chunkDeadlineMs: 200 }, {
    onOutput: async (bytes) => {
      chunks.push(Buffer.from(bytes))
    },
    isDoneWithOutput,
    onError: (error) => errors.push(error.message),
  })
  return { text: Buffer.concat(chunks).toString('utf8'), errors, summary }
}

describe('assessInParallel', () => {
  it('writes the same json, text, jsonl and sarif as one server after another, in order, with the same errors', async () => {
    const groups = await fleet(60)
    for (const format of ['json', 'text', 'jsonl', 'sarif'] as const) {
      const expected = await sequential(groups, format)
      const workers = fakeWorkers({ reorder: true })
      const actual = await parallel(groups, format, workers.start)
      expect(actual).toEqual(expected)
      expect(expected.summary).toMatchObject({ serverCount: 48, errors: expect.any(Array) })
      expect(expected.errors).toHaveLength(12)
      expect(workers.started.every((worker) => worker.terminated)).toBe(true)
    }
  })

  it('gives each chunk’s buffer back to the worker that filled it once written, when the writer is done with it', async () => {
    const groups = await fleet(60)
    for (const format of ['json', 'jsonl'] as const) {
      const expected = await sequential(groups, format)
      const workers = fakeWorkers({ reorder: true })
      expect(await parallel(groups, format, workers.start, 2, true)).toEqual(expected)
      const spares = workers.started.flatMap((worker) => worker.spares)
      expect(spares.length).toBeGreaterThan(2)
      expect(workers.started.every((worker) => worker.spares.every((spare) => worker.answered.has(spare)))).toBe(true)
    }
    // Without the writer's word, nothing is given back (standard output may still hold the bytes).
    const workers = fakeWorkers()
    await parallel(groups, 'json', workers.start)
    expect(workers.started.flatMap((worker) => worker.spares)).toEqual([])
  })

  it('keeps at most workers × chunks-per-worker chunks ahead of the writer', async () => {
    const groups = await fleet(70)
    const workers = fakeWorkers({ reorder: true })
    let written = 0
    let aheadMost = 0
    await assessInParallel(groups, { asOf: AS_OF, format: 'json', pack: BUILT_IN_PACK }, workers.start, { workerCount: 2, chunkSize: 5, chunksPerWorker: 2, chunkDeadlineMs: 200 }, {
      onOutput: async () => {
        written += 1
        const sent = workers.started.reduce((sum, each) => sum + each.sent.length, 0)
        aheadMost = Math.max(aheadMost, sent - written)
      },
      onError: () => undefined,
    })
    expect(aheadMost).toBeLessThanOrEqual(4)
  })

  it('assesses a failed worker’s chunks on the main thread: the output is still complete and in order', async () => {
    const groups = await fleet(50)
    const expected = await sequential(groups, 'json')
    const workers = fakeWorkers({ failAfter: 2 })
    expect(await parallel(groups, 'json', workers.start)).toEqual(expected)
  })

  it('assesses everything on the main thread when no worker starts', async () => {
    const groups = await fleet(20)
    const expected = await sequential(groups, 'text')
    expect(await parallel(groups, 'text', fakeWorkers({ failToStart: true }).start)).toEqual(expected)
  })

  it('writes a valid document when the first chunks hold no readable server', async () => {
    const groups = (await fleet(30)).map((group, index) => (index < 12 ? { paths: [join(tempFolder(), `missing-${index}.json`)] } : group))
    const expected = await sequential(groups, 'json')
    const actual = await parallel(groups, 'json', fakeWorkers().start)
    expect(actual).toEqual(expected)
    expect(actual.text.startsWith('\n    {')).toBe(true)
    const sarif = await parallel(groups, 'sarif', fakeWorkers().start)
    expect(sarif).toEqual(await sequential(groups, 'sarif'))
    expect(sarif.text.startsWith('\n        {')).toBe(true)
  })

  it('takes a worker that stops answering for stuck after the deadline: its chunks are assessed here', async () => {
    const groups = await fleet(40)
    const expected = await sequential(groups, 'json')
    const workers = fakeWorkers({ silentOn: 1 })
    expect(await parallel(groups, 'json', workers.start)).toEqual(expected)
    expect(workers.started.every((worker) => worker.terminated)).toBe(true)
  })

  it('treats an answer that cannot be read as a failed worker', async () => {
    const groups = await fleet(30)
    const expected = await sequential(groups, 'text')
    expect(await parallel(groups, 'text', fakeWorkers({ unreadableOn: 2 }).start)).toEqual(expected)
  })

  it('starts no more workers than there are chunks', async () => {
    const groups = await fleet(10)
    const workers = fakeWorkers()
    await parallel(groups, 'json', workers.start, 8)
    expect(workers.started).toHaveLength(2)
  })
})

