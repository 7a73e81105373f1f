/**
 * Assessing a chunk of servers into output bytes: what each assessment worker does, and what the
 * main thread does itself for a chunk whose worker failed.
 */
import type { IsoDate } from '~shared/dates/iso-date'
import type { RulePack } from '~shared/rules/pack/types'
import { assessOneGroup, type ServerGroup, type SourceError } from './assessment-document'
import { ByteWriter } from './byte-writer'
import { serverOutput } from './format-writers'
import { ServerJsonWriter } from './json-bytes'
import type { ChunkResult } from './parallel-protocol'
import type { StreamedFormat } from './report-output'

/** Assesses chunks in one format with `pack`, remembering the rule pack's encoded parts from chunk to chunk. */
export function createChunkAssessor(asOf: IsoDate, format: StreamedFormat, pack: RulePack): (index: number, groups: readonly ServerGroup[]) => ChunkResult {
  const out = new ByteWriter()
  const json = new ServerJsonWriter(out)
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
      } else {
        out.text(serverOutput(format, server))
      }
    }
    return { index, bytes: out.takeBuffer(), serverCount, notOkCount, errors }
  }
}
