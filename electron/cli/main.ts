/**
 * The command line's main function: arguments in, output and an exit status out.
 *
 * Kept free of `electron` so it runs under plain Node. Never throws and never prints a stack.
 */
import { once } from 'node:events'
import { RULE_PACK } from '../../shared/rules/pack/data'
import { toLocalIsoDate } from '../main/services/local-date'
import { parseCliArgs, USAGE, type CliCommand } from './args'
import { assessEach, exitCodeOf, type ServerAssessment } from './assessment-document'
import { textHead, textServer, textTail } from './format-text'
import { jsonHead, jsonServer, jsonTail } from './json-output'
import { collectingWriter, isStreamed, type FormatWriter, type StreamedFormat } from './report-output'
import { fileSink, OutputWriteError, stdoutSink, type OutputSink } from './output-sink'
import { toTerminalLine } from './terminal-text'

/** The program's name, as the package's `bin` names it. */
export const PROGRAM_NAME = 'entra-readiness'

/** Where the command line writes, and what it knows about the world. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Today's date (YYYY-MM-DD): the default as-of date. */
  readonly today: () => string
  /** The app's version, for `--version`. */
  readonly version: string
  /** Resolves once standard output can take more (a slow reader holds a fleet's output back). */
  readonly waitForStdout?: () => Promise<void>
}

/** The exit statuses: 0 all ok, 1 a server needs action, 2 a file failed or the usage was wrong. */
export type ExitCode = 0 | 1 | 2

/** How each format writes the three parts of its output. */
const WRITERS: Readonly<Record<StreamedFormat, FormatWriter>> = {
  json: { head: jsonHead, server: jsonServer, tail: jsonTail },
  text: { head: textHead, server: (server: ServerAssessment) => textServer(server), tail: textTail },
}

function describeWriteError(path: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  const reason = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error)
  return `${PROGRAM_NAME}: could not write ${path} (${reason}). Check that the folder exists and that you may write to it.`
}

/**
 * Assesses server after server; json and text are written as each is ready (the output is never held
 * whole), reports and redacted output once the fleet is complete (`report-output.ts`).
 */
async function runAssess(command: Extract<CliCommand, { kind: 'assess' }>, io: CliIo): Promise<ExitCode> {
  const asOf = command.asOf ?? io.today()
  const isRedacted = command.redact === true
  const writer = isStreamed(command.format, isRedacted) ? WRITERS[command.format] : collectingWriter(command.format, isRedacted)
  const header = { schemaVersion: 1 as const, asOf, rulePack: { version: RULE_PACK.version, asOf: RULE_PACK.asOf } }
  let sink: OutputSink | undefined
  try {
    sink = command.out === undefined ? stdoutSink(io.stdout, io.waitForStdout) : await fileSink(command.out)
    const output = sink
    await output.write(writer.head(header))
    let index = 0
    const summary = await assessEach(command.inputs, asOf, {
      onServer: (server, input) => output.write(writer.server(server, index++, input)),
      onError: (error) => io.stderr(`${PROGRAM_NAME}: ${toTerminalLine(error.message)}\n`),
    })
    await output.write(writer.tail(summary))
    await output.finish()
    return exitCodeOf(summary)
  } catch (error) {
    await sink?.abandon()
    if (error instanceof OutputWriteError) {
      io.stderr(`${toTerminalLine(describeWriteError(error.path, error.reason))}\n`)
      return 2
    }
    throw error
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
      case 'version':
        io.stdout(`${PROGRAM_NAME} ${io.version} (rule pack ${RULE_PACK.version}, facts as of ${RULE_PACK.asOf})\n`)
        return 0
      case 'usage-error':
        io.stderr(`${PROGRAM_NAME}: ${toTerminalLine(command.message)}\n\n${USAGE}\n`)
        return 2
      case 'assess':
        return await runAssess(command, io)
    }
  } catch (error) {
    // Nothing above should throw; if it does, one line and no stack.
    io.stderr(`${PROGRAM_NAME}: internal error: ${toTerminalLine(error instanceof Error ? error.message : String(error))}\n`)
    return 2
  }
}

/** The real world: process streams and the local clock. */
export function createProcessIo(version: string): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    today: () => toLocalIsoDate(new Date()),
    version,
    waitForStdout: async () => {
      if (process.stdout.writableNeedDrain) {
        await once(process.stdout, 'drain')
      }
    },
  }
}
