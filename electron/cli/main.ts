/**
 * The command line's main function: arguments in, output and an exit status out.
 *
 * Kept free of `electron` so it runs under plain Node. Never throws and never prints a stack.
 */
import { once } from 'node:events'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { rulePackSummary, staleNotice } from '~shared/rules/pack/pack-summary'
import { toLocalIsoDate } from '../node/local-date'
import { parseCliArgs, USAGE, type CliCommand } from './args'
import { assessGroups, exitCodeOf, groupInputs } from './assessment-document'
import { streamedWriter } from './format-writers'
import { assessInParallel, type ParallelOptions, type StartWorker } from './parallel-assess'
import { collectingWriter, isStreamed } from './report-output'
import { fileSink, OutputWriteError, stdoutSink, type OutputChunk, type OutputSink } from './output-sink'
import { packDiff, packForRun, packInfo, packVerify } from './rule-pack-commands'
import { toTerminalLine } from './terminal-text'
import { WriteTargetError } from '../node/write-target'
import { RedactionIncompleteError } from '~shared/report/redact'

/** The program's name, as the package's `bin` names it. */
export const PROGRAM_NAME = 'entra-readiness'

/** Where the command line writes, and what it knows about the world. */
export interface CliIo {
  /** Text, or bytes already encoded as UTF-8 (a json fleet's servers). */
  readonly stdout: (chunk: OutputChunk) => void
  readonly stderr: (text: string) => void
  /** Today's date (YYYY-MM-DD): the default as-of date. */
  readonly today: () => string
  /** The app's version, for `--version`. */
  readonly version: string
  /** Resolves once standard output can take more (a slow reader holds a fleet's output back). */
  readonly waitForStdout?: () => Promise<void>
  /** Starts an assessment worker; without it (or for a small fleet) servers are assessed on this thread. */
  readonly startWorker?: StartWorker
  /** How many workers a large fleet gets (the cores there are). */
  readonly workerCount?: number
  /** The maintainers' release keys (build/rule-pack-keys/), always trusted to sign rule packs. */
  readonly releaseKeyFolder: string
}

/** The exit statuses: 0 all ok, 1 a server needs action, 2 a file failed or the usage was wrong. */
export type ExitCode = 0 | 1 | 2

/**
 * Fleets smaller than this are assessed on this thread: each worker loads the rules and zod again
 * (~0.2 s), which smaller fleets do not win back (measured on 2 cores: 1,000 servers 0.8 s in
 * workers vs 0.7 s without; 2,000 even; 10,000 3.9 s vs 5.6 s).
 */
export const PARALLEL_MIN_SERVERS = 2000
/**
 * Servers per chunk sent to a worker, chunks a worker holds at once, chunks assessed ahead of the
 * writer, and when a worker counts as stuck. 50 rather than 100: each chunk's bytes (~1.2 MB in
 * jsonl, ~4 MB in json) wait in a buffer until main writes them in order; with 100, peak memory
 * over 10,000 servers reached ~300 MB (npm run bench). Two held per worker keeps the last chunks
 * shared out evenly; eight ahead lets one worker go on while the other is slow over the chunk to
 * be written next (on a shared machine each worker waited ~10% of its run with four ahead).
 */
const PARALLEL_OPTIONS: Omit<ParallelOptions, 'workerCount'> = { chunkSize: 50, chunksPerWorker: 2, chunksAhead: 8, chunkDeadlineMs: 120_000 }

function describeWriteError(path: string, error: unknown): string {
  if (error instanceof WriteTargetError) {
    return `${PROGRAM_NAME}: did not write ${path}: it ${error.what}. Give --out the path of a file; nothing was written.`
  }
  const code = (error as { code?: unknown } | null)?.code
  const reason = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error)
  return `${PROGRAM_NAME}: could not write ${path} (${reason}). Check that the folder exists and that you may write to it.`
}

/**
 * Assesses server after server; json, text, jsonl and sarif are written as each is ready (the output
 * is never held whole), reports and redacted output once the fleet is complete (`report-output.ts`).
 */
async function runAssess(command: Extract<CliCommand, { kind: 'assess' }>, io: CliIo): Promise<ExitCode> {
  const asOf = command.asOf ?? io.today()
  const isRedacted = command.redact === true
  const streamed = isStreamed(command.format, isRedacted) ? command.format : undefined
  const inUse = await packForRun(command.rulePack, command.trustKeys ?? [], packIo(io))
  if ('refused' in inUse) {
    // Nothing is assessed with a pack that did not pass every check.
    io.stderr(`${PROGRAM_NAME}: ${toTerminalLine(inUse.refused)}\n`)
    return 2
  }
  const { pack } = inUse
  const rulePack = rulePackSummary(pack, asOf, inUse.source, inUse.signer)
  if (rulePack.stale === true) {
    io.stderr(`${PROGRAM_NAME}: ${toTerminalLine(staleNotice(rulePack, asOf))}\n`)
  }
  const header = { schemaVersion: 1 as const, asOf, rulePack }
  const tool = { name: PROGRAM_NAME, version: io.version }
  const writer = streamed === undefined ? collectingWriter(command.format, isRedacted, tool, pack) : streamedWriter(streamed, tool, pack)
  let sink: OutputSink | undefined
  try {
    sink = command.out === undefined ? stdoutSink(io.stdout, io.waitForStdout) : await fileSink(command.out)
    const output = sink
    await output.write(writer.head(header))
    const groups = await groupInputs(command.inputs)
    const onError = (error: { message: string }) => io.stderr(`${PROGRAM_NAME}: ${toTerminalLine(error.message)}\n`)
    const workerCount = Math.max(1, io.workerCount ?? 1)
    let index = 0
    const summary =
      streamed !== undefined && io.startWorker !== undefined && groups.length >= PARALLEL_MIN_SERVERS
        ? await assessInParallel(groups, { asOf, format: streamed, pack }, io.startWorker, { ...PARALLEL_OPTIONS, workerCount }, { onOutput: (bytes) => output.write(bytes), isDoneWithOutput: output.isDoneWithBytes === true, onError })
        : await assessGroups(groups, asOf, pack, { onServer: (server, input) => output.write(writer.server(server, index++, input)), onError })
    await output.write(writer.tail(summary))
    await output.finish()
    if (summary.serverCount === 0 && summary.errors.length === 0) {
      io.stderr(`${PROGRAM_NAME}: no server was assessed: the inputs hold no files. Give the collector's files, or a folder that holds them.\n`)
    }
    return exitCodeOf(summary)
  } catch (error) {
    await sink?.abandon()
    if (error instanceof OutputWriteError) {
      io.stderr(`${toTerminalLine(describeWriteError(error.path, error.reason))}\n`)
      return 2
    }
    if (error instanceof RedactionIncompleteError) {
      io.stderr(`${PROGRAM_NAME}: ${error.message}. Nothing was written.\n`)
      return 2
    }
    throw error
  }
}

function packIo(io: CliIo) {
  return {
    stdout: (text: string) => io.stdout(text),
    stderr: (text: string) => io.stderr(toTerminalLine(text.trimEnd()) + '\n'),
    version: io.version,
    releaseKeyFolder: io.releaseKeyFolder,
    today: io.today,
  }
}

/** Runs the command line over `argv` (the arguments after the program name). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const command = parseCliArgs(argv)
  try {
    switch (command.kind) {
      case 'help':
        io.stdout(`${USAGE}\n`)
        return 0
      case 'version': {
        const inUse = await packForRun(undefined, [], packIo(io))
        io.stdout(`${PROGRAM_NAME} ${io.version} (rule pack ${'pack' in inUse ? `${inUse.pack.version}, facts as of ${inUse.pack.asOf}` : 'unreadable'})\n`)
        return 0
      }
      case 'usage-error':
        io.stderr(`${PROGRAM_NAME}: ${toTerminalLine(command.message)}\n\n${USAGE}\n`)
        return 2
      case 'assess':
        return await runAssess(command, io)
      case 'pack-info':
        return await packInfo(command.file, command.trustKeys, command.asOf, packIo(io))
      case 'pack-verify':
        return await packVerify(command.file, command.trustKeys, packIo(io))
      case 'pack-diff':
        return await packDiff(command.old, command.new, command.format, packIo(io))
    }
  } catch (error) {
    // Nothing above should throw; if it does, one line and no stack.
    io.stderr(`${PROGRAM_NAME}: internal error: ${toTerminalLine(error instanceof Error ? error.message : String(error))}\n`)
    return 2
  }
}

/**
 * The real world: process streams, the local clock, and (given the built worker's path) a worker
 * per core for large fleets.
 *
 * A reader that goes away (`| head`) is not an error worth a stack trace, and it does not change
 * the exit status: the rest of the output is dropped, the run finishes, and the status still says
 * whether a server is critical.
 */
export function createProcessIo(version: string, releaseKeyFolder: string, workerPath?: string, stdout: NodeJS.WritableStream & { writableNeedDrain?: boolean } = process.stdout): CliIo {
  let isGone = false
  stdout.on('error', () => {
    isGone = true
  })
  return {
    releaseKeyFolder,
    ...(workerPath === undefined ? {} : { startWorker: (setup) => new Worker(workerPath, { workerData: setup }), workerCount: availableParallelism() }),
    stdout: (chunk) => {
      if (!isGone) {
        stdout.write(chunk)
      }
    },
    stderr: (text) => process.stderr.write(text),
    today: () => toLocalIsoDate(new Date()),
    version,
    waitForStdout: async () => {
      if (!isGone && stdout.writableNeedDrain === true) {
        // `once` rejects when the stream fails meanwhile: that too means stop waiting. The signal
        // takes the loser's listeners off again: a long fleet waits thousands of times.
        const waited = new AbortController()
        await Promise.race([once(stdout, 'drain', { signal: waited.signal }), once(stdout, 'close', { signal: waited.signal })])
          .catch(() => undefined)
          .finally(() => waited.abort())
      }
    },
  }
}
