/**
 * An assessment worker's entry (built to out/main/assess-worker.js): takes chunks of servers from
 * the main thread, reads and assesses them, and sends back each chunk's output as bytes; buffers
 * main gives back once written are written into again.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { ByteWriter } from './byte-writer'
import { createChunkAssessor } from './chunk-writer'
import type { ChunkRequest, ChunkResult, SpareBuffer, WorkerSetup } from './parallel-protocol'

const port = parentPort
if (port !== null) {
  const setup = workerData as WorkerSetup
  const out = new ByteWriter()
  const assess = createChunkAssessor(setup.asOf, setup.format, setup.pack, out)
  port.on('message', (request: ChunkRequest | SpareBuffer) => {
    if ('spare' in request) {
      out.give(request.spare)
      return
    }
    const result: ChunkResult = assess(request.index, request.groups)
    // The bytes move to the main thread without a copy.
    port.postMessage(result, [result.bytes.buffer as ArrayBuffer])
  })
}
