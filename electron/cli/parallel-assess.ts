/**
 * A fleet assessed on every core: the servers go to assessment workers in chunks, and the chunks'
 * output comes back as bytes and is written in the order given, so the output is exactly what
 * assessing one server after another writes.
 *
 * At most a few chunks per worker are out at once, so memory stays bounded however large the
 * fleet. A worker that fails (it should not) has its chunks assessed on the main thread instead:
 * the run goes on and its output is complete.
 */
import type { AssessmentSummary, ServerGroup, SourceError } from './assessment-document'
import { createChunkAssessor } from './chunk-writer'
import { leadsWithComma } from './format-writers'
import type { ChunkRequest, ChunkResult, SpareBuffer, WorkerSetup } from './parallel-protocol'

/** The part of a `worker_threads` Worker the pool uses (tests pass fakes). */
export interface AssessWorker {
  postMessage(message: ChunkRequest | SpareBuffer, transfer?: readonly ArrayBuffer[]): void
  on(event: 'message', listener: (result: ChunkResult) => void): unknown
  on(event: 'error' | 'messageerror', listener: (error: Error) => void): unknown
  on(event: 'exit', listener: (code: number) => void): unknown
  terminate(): Promise<number>
}

/** Starts one worker with `setup` as its workerData. */
export type StartWorker = (setup: WorkerSetup) => AssessWorker

/** How the run is split. */
export interface ParallelOptions {
  readonly workerCount: number
  readonly chunkSize: number
  /** Chunks handed to one worker before it answers (keeps it busy while main writes). */
  readonly chunksPerWorker: number
  /**
   * Chunks assessed ahead of the writer at most, waiting in memory (workerCount × chunksPerWorker
   * when not given): more than that lets one worker go on while another is slow over the chunk
   * to be written next.
   */
  readonly chunksAhead?: number
  /**
   * How long a worker may take over a chunk before it is taken for stuck: it is stopped and its
   * chunks are assessed on the main thread (a chunk takes well under a second).
   */
  readonly chunkDeadlineMs: number
}

/** Where each chunk's output goes (in order), and each unreadable file. */
export interface ParallelHandlers {
  readonly onOutput: (bytes: Uint8Array) => Promise<void>
  /**
   * True when `onOutput` is done with the bytes once it resolves (it wrote or copied them): their
   * buffer then goes back to the worker that filled it, to be written into again.
   */
  readonly isDoneWithOutput?: boolean
  readonly onError: (error: SourceError) => void
}

function chunksOf(groups: readonly ServerGroup[], size: number): ServerGroup[][] {
  const chunks: ServerGroup[][] = []
  for (let start = 0; start < groups.length; start += size) {
    chunks.push(groups.slice(start, start + size))
  }
  return chunks
}

/** Assesses `groups` in workers; resolves with the summary once every chunk is written. */
export async function assessInParallel(
  groups: readonly ServerGroup[],
  setup: WorkerSetup,
  startWorker: StartWorker,
  options: ParallelOptions,
  handlers: ParallelHandlers,
): Promise<AssessmentSummary> {
  const chunks = chunksOf(groups, options.chunkSize)
  const results = new Map<number, ChunkResult>()
  /** Chunk index → the worker that assessed it, while its result waits to be written. */
  const assessedBy = new Map<number, AssessWorker>()
  const errors: SourceError[] = []
  let serverCount = 0
  let notOkCount = 0
  let nextToSend = 0
  let nextToWrite = 0
  let hasWritten = false
  let assessLocally: ((index: number, groups: readonly ServerGroup[]) => ChunkResult) | undefined
  let wake: (() => void) | undefined
  const notify = () => {
    const resume = wake
    wake = undefined
    resume?.()
  }

  interface Lane {
    readonly worker: AssessWorker
    /** Chunk index → when it was sent (ms). */
    readonly pending: Map<number, number>
    isAlive: boolean
  }
  const lanes: Lane[] = []
  const chunksAhead = options.chunksAhead ?? options.workerCount * options.chunksPerWorker
  const feed = (lane: Lane) => {
    // Bounded: never more than chunksAhead chunks assessed ahead of the writer.
    while (lane.isAlive && lane.pending.size < options.chunksPerWorker && nextToSend < chunks.length && nextToSend - nextToWrite < chunksAhead) {
      const index = nextToSend
      nextToSend += 1
      lane.pending.set(index, Date.now())
      lane.worker.postMessage({ index, groups: chunks[index] as ServerGroup[] })
    }
  }
  const fail = (lane: Lane) => {
    if (!lane.isAlive) {
      return
    }
    lane.isAlive = false
    // Its chunks are assessed here, on the main thread, when their turn to be written comes.
    void lane.worker.terminate().catch(() => undefined)
    notify()
  }
  // No more workers than chunks: an idle worker costs memory and start-up.
  for (let count = 0; count < Math.min(options.workerCount, chunks.length); count += 1) {
    let worker: AssessWorker
    try {
      worker = startWorker(setup)
    } catch {
      break
    }
    const lane: Lane = { worker, pending: new Map(), isAlive: true }
    worker.on('message', (result) => {
      if (result.index >= nextToWrite && lane.pending.delete(result.index)) {
        results.set(result.index, result)
        assessedBy.set(result.index, worker)
        // Straight on to the next chunk, even while the writer waits for another worker's.
        feed(lane)
        notify()
      }
    })
    worker.on('error', () => fail(lane))
    // An answer that cannot be read would leave its chunk waiting for ever.
    worker.on('messageerror', () => fail(lane))
    worker.on('exit', () => fail(lane))
    lanes.push(lane)
  }

  try {
    for (const lane of lanes) {
      feed(lane)
    }
    while (nextToWrite < chunks.length) {
      let result = results.get(nextToWrite)
      if (result === undefined) {
        const owner = lanes.find((lane) => lane.pending.has(nextToWrite))
        if (owner === undefined || !owner.isAlive) {
          // No live worker has it (never sent, or its worker failed): assess it here.
          owner?.pending.delete(nextToWrite)
          assessLocally ??= createChunkAssessor(setup.asOf, setup.format, setup.pack)
          if (nextToWrite >= nextToSend) {
            nextToSend = nextToWrite + 1
          }
          result = assessLocally(nextToWrite, chunks[nextToWrite] as ServerGroup[])
        } else {
          const sentAt = owner.pending.get(nextToWrite) ?? Date.now()
          const waitMs = Math.max(0, sentAt + options.chunkDeadlineMs - Date.now())
          const timer = setTimeout(() => fail(owner), waitMs)
          await new Promise<void>((resolve) => (wake = resolve))
          clearTimeout(timer)
          continue
        }
      }
      results.delete(nextToWrite)
      const assessor = assessedBy.get(nextToWrite)
      assessedBy.delete(nextToWrite)
      nextToWrite += 1
      for (const error of result.errors) {
        errors.push(error)
        handlers.onError(error)
      }
      if (result.serverCount > 0) {
        // In json and sarif, the run's first server (or result) is the first element: no comma before it.
        const bytes: Uint8Array = leadsWithComma(setup.format) && !hasWritten && result.bytes.length > 0 ? result.bytes.subarray(1) : result.bytes
        hasWritten ||= bytes.length > 0
        serverCount += result.serverCount
        notOkCount += result.notOkCount
        await handlers.onOutput(bytes)
      }
      const lane = lanes.find((candidate) => candidate.worker === assessor)
      if (handlers.isDoneWithOutput === true && lane?.isAlive === true && result.bytes.byteLength > 0) {
        const spare = result.bytes.buffer as ArrayBuffer
        lane.worker.postMessage({ spare }, [spare])
      }
      for (const lane of lanes) {
        feed(lane)
      }
    }
  } finally {
    for (const lane of lanes) {
      lane.isAlive = false
      void lane.worker.terminate().catch(() => undefined)
    }
  }
  return { serverCount, notOkCount, errors }
}
