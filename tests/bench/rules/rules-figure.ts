/**
 * Figure 4, rules alone: `assessServer` (every rule, one server) in a tight loop over a few varied
 * documents, in this process. The figure is microseconds per server, the median of the batches.
 */
import { performance } from 'node:perf_hooks'
import { assessServer } from '~shared/assess'
import { installDetailsSchema, type InstallDetails } from '~shared/types/install-details'
import { makeCheck, type FigureResult } from '../lib/check'
import { BENCH_AS_OF } from '../lib/paths'
import { cpuMicros, IS_THREAD_TIME } from '../lib/thread-cpu'
import { median, round } from '../lib/stats'
import { generateServer } from '../fleet/generate-servers'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

/** Options for {@link measureRules}. */
export interface RulesOptions {
  /** How many different documents the loop cycles through. */
  readonly documentCount: number
  readonly batches: number
  /** Servers assessed per batch. */
  readonly batchSize: number
}

/** A checksum the loop feeds, so the engine cannot drop the work as unused. */
let sink = 0

/** One batch's cost per server, in µs: CPU time (what the figure uses) and wall time. */
interface BatchCost {
  readonly cpu: number
  readonly wall: number
}

function runBatch(documents: readonly InstallDetails[], count: number): BatchCost {
  const wallStart = performance.now()
  const cpuStart = cpuMicros()
  for (let index = 0; index < count; index += 1) {
    const document = documents[index % documents.length]
    if (document !== undefined) {
      sink += assessServer(document, BENCH_AS_OF, BUILT_IN_PACK).findings.length
    }
  }
  return { cpu: (cpuMicros() - cpuStart) / count, wall: ((performance.now() - wallStart) * 1000) / count }
}

/**
 * Validates the generated documents once, then times batches (after a warm-up batch).
 *
 * The figure is this thread's CPU time per server (see `cpuMicros`): on a machine shared with other
 * work, wall time also counts the time the loop waited for a core. Wall time is printed beside it.
 */
export function measureRules(options: RulesOptions): FigureResult {
  const documents = Array.from({ length: options.documentCount }, (_, index) => installDetailsSchema.parse(generateServer(index * 7919)))
  runBatch(documents, options.batchSize)
  const costs = Array.from({ length: options.batches }, () => runBatch(documents, options.batchSize))
  const cpu = costs.map((cost) => cost.cpu)
  const findings = assessServer(documents[0] ?? installDetailsSchema.parse(generateServer(0)), BENCH_AS_OF, BUILT_IN_PACK).findings.length
  return {
    title: 'Rules alone (assessServer, one server)',
    checks: [makeCheck({ id: 'rules-per-server', label: `assessServer, ${IS_THREAD_TIME ? 'thread' : 'process'} CPU time, ${options.documentCount} varied documents`, unit: 'µs', samples: cpu, target: { on: 'value', comparison: '<', limit: 50 } })],
    notes: [
      `${findings} findings per server; ${options.batches} batches of ${options.batchSize} after a warm-up batch; fastest batch ${round(Math.min(...cpu), 1)} µs CPU`,
      `wall time per server: median ${round(median(costs.map((cost) => cost.wall)), 1)} µs (includes waiting for a core; checksum ${sink % 1000})`,
    ],
  }
}
