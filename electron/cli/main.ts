/**
 * The command line's main function: arguments in, output and an exit status out.
 *
 * Kept free of `electron` so it runs under plain Node. Never throws and never prints a stack.
 */
import { RULE_PACK } from '../../shared/rules/pack/data'
import { toLocalIsoDate } from '../main/services/local-date'
import { writeFileAtomic } from '../main/services/write-file-atomic'
import { parseCliArgs, USAGE, type CliCommand } from './args'
import { assessInputs, exitCodeOf, type AssessmentDocument } from './assessment-document'
import { formatText } from './format-text'
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
}

/** The exit statuses: 0 all ok, 1 a server needs action, 2 a file failed or the usage was wrong. */
export type ExitCode = 0 | 1 | 2

function render(document: AssessmentDocument, format: 'json' | 'text'): string {
  return format === 'json' ? `${JSON.stringify(document, null, 2)}\n` : formatText(document)
}

function describeWriteError(path: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  const reason = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error)
  return `${PROGRAM_NAME}: could not write ${path} (${reason}). Check that the folder exists and that you may write to it.`
}

async function runAssess(command: Extract<CliCommand, { kind: 'assess' }>, io: CliIo): Promise<ExitCode> {
  const document = await assessInputs(command.inputs, command.asOf ?? io.today())
  for (const error of document.errors) {
    io.stderr(`${PROGRAM_NAME}: ${toTerminalLine(error.message)}\n`)
  }
  const output = render(document, command.format)
  if (command.out === undefined) {
    io.stdout(output)
  } else {
    try {
      await writeFileAtomic(command.out, output)
    } catch (error) {
      io.stderr(`${toTerminalLine(describeWriteError(command.out, error))}\n`)
      return 2
    }
  }
  return exitCodeOf(document)
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
  }
}
