/**
 * Assessing a chunk of servers into output bytes: what each assessment worker does, and what the
 * main thread does itself for a chunk whose worker failed.
 */
import type { IsoDate } from '~shared/dates/iso-date'
import type { RulePack } from '~shared/rules/pack/types'
import { assessOneGroup, type ServerGroup, type SourceError } from './assessment-document'
import { ByteWriter } from './byte-writer'
import { jsonlLineWriter, serverOutput } from './format-writers'
import { ServerJsonWriter } from './json-bytes'
import type { ChunkResult } from './parallel-protocol'
import type { StreamedFormat } from './report-output'

/**
 * Assesses chunks in one format with `pack`, remembering the rule pack's encoded parts from chunk
 * to chunk; each chunk's bytes are taken from `out` (a worker gives it back the buffers main has written).
 */
export function createChunkAssessor(asOf: IsoDate, format: StreamedFormat, pack: RulePack, out: ByteWriter = new ByteWriter()): (index: number, groups: readonly ServerGroup[]) => ChunkResult {
  const json = new ServerJsonWriter(out)
  const jsonl = format === 'jsonl' ? jsonlLineWriter(pack, out) : undefined
  return (index, groups) => {
    const errors: SourceError[] = []
    let serverCount = 0
    let notOkCount = 0
    for (const group of groups) {
      const outcome = assessOneGroup(group, asOf, pack)
      errors.push(...outcome.errors)
      const server = outcome.assessed?.server
      if (server === undefined) {
        continue
      }
      serverCount += 1
      notOkCount += server.verdict === 'ok' ? 0 : 1
      if (format === 'json') {
        // Always as a following element; the main thread drops the comma before the first one.
        json.server(server, 1)
      } else if (jsonl !== undefined) {
        jsonl.server(server)
      } else {
        out.text(serverOutput(format, server, pack))
      }
    }
    return { index, bytes: out.takeBuffer(), serverCount, notOkCount, errors }
  }
}
