/**
 * What the command line's main thread and its assessment workers say to each other.
 */
import type { IsoDate } from '~shared/dates/iso-date'
import type { RulePack } from '~shared/rules/pack/types'
import type { ServerGroup, SourceError } from './assessment-document'
import type { StreamedFormat } from './report-output'

/** Given to each worker when it starts. */
export interface WorkerSetup {
  readonly asOf: IsoDate
  readonly format: StreamedFormat
  /** The rule pack in use (already verified by the main thread), copied to the worker. */
  readonly pack: RulePack
}

/** Main → worker: assess these servers (chunk `index` of the run). */
export interface ChunkRequest {
  readonly index: number
  readonly groups: readonly ServerGroup[]
}

/**
 * Main → worker: a chunk's buffer back, once its bytes are written, for the worker to write a
 * later chunk into (so no buffer is allocated per chunk, and neither thread collects them).
 */
export interface SpareBuffer {
  readonly spare: ArrayBuffer
}

/**
 * Worker → main: the chunk's output and what the summary needs. In `json`, every server is written
 * as a following element (`,` first); main drops the comma before the run's first server.
 */
export interface ChunkResult {
  readonly index: number
  readonly bytes: Uint8Array
  readonly serverCount: number
  readonly notOkCount: number
  readonly errors: readonly SourceError[]
}
