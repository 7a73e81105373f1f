/**
 * The command line's arguments (contract section 4): parsed into a command, or a usage error.
 */
import { isIsoDate, type IsoDate } from '../../shared/dates/iso-date'

/** The formats the command line writes (contract section 4). */
export const OUTPUT_FORMATS = ['json', 'text', 'markdown', 'html', 'csv', 'sarif', 'jsonl'] as const

/** An output format. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

/** One FILE (or folder) named on the command line, and the `--server` group it belongs to, if any. */
export interface CliInput {
  readonly path: string
  /** Files after `--server NAME` are merged into that one server; without it, each file is a server. */
  readonly server?: string
}

/** What to run. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage-error'; readonly message: string }
  | {
      readonly kind: 'assess'
      readonly inputs: readonly CliInput[]
      /** Undefined: today, on this machine. */
      readonly asOf?: IsoDate
      readonly format: OutputFormat
      readonly out?: string
      /** Replace server, domain, tenant, account, customer and file names by placeholders. */
      readonly redact?: boolean
    }

/** The usage text, printed by `--help` and after every usage error. */
export const USAGE = `Usage: entra-readiness assess [--server NAME] FILE... [--as-of YYYY-MM-DD] [--format json|text|markdown|html|csv|sarif|jsonl] [--redact] [--out FILE]

Assesses each FILE (one server's install details, as the collector writes them, or the text of
Get-ADSyncScheduler, Get-ADSyncAutoUpgrade [-Detail], (Get-ADSyncGlobalSettings).Parameters,
reg query or $PSVersionTable) against the upgrade rules and prints the findings. A folder stands
for every file in it (a fleet); markdown, html and csv reports list the fleet most urgent first.

Options:
  --server NAME        merge the FILEs that follow (up to the next --server) into one server
  --as-of YYYY-MM-DD   evaluate the rules as of this date (default: today)
  --format FORMAT      json (default), text, markdown, html (one self-contained page), csv,
                       sarif (SARIF 2.1.0, for code-scanning and security dashboards) or
                       jsonl (JSON Lines: a header with the rules, then a line per server)
  --redact             replace server, domain, tenant, account, customer and file names with
                       placeholders (SERVER-1, DOMAIN-1, ...) everywhere in the output
  --out FILE           write the output to FILE instead of standard output
  -h, --help           show this help
  -V, --version        show the version and the rule pack

Exit status: 2 if a FILE could not be read (or a usage error), else 1 if any server's verdict
is not "ok", else 0.`

const HELP_FLAGS: readonly string[] = ['-h', '--help']
const REDACT_FLAG = '--redact'
const VERSION_FLAGS: readonly string[] = ['-V', '--version']
const VALUE_OPTIONS = ['--as-of', '--format', '--out'] as const
type ValueOption = (typeof VALUE_OPTIONS)[number]

const SERVER_OPTION = '--server'

function usageError(message: string): CliCommand {
  return { kind: 'usage-error', message }
}

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name)
}

function checkFormat(value: string): string | undefined {
  return (OUTPUT_FORMATS as readonly string[]).includes(value) ? undefined : `unknown format "${value}"; use --format ${OUTPUT_FORMATS.join(', ')}.`
}

function checkValue(name: ValueOption, value: string): string | undefined {
  switch (name) {
    case '--as-of':
      return isIsoDate(value) ? undefined : `--as-of needs a calendar date as YYYY-MM-DD (got "${value}").`
    case '--format':
      return checkFormat(value)
    case '--out':
      return value === '' ? '--out needs a file name.' : undefined
  }
}

/** Splits the tokens into options (with their values) and positionals; the first problem wins. */
function scan(argv: readonly string[]): { values: Map<ValueOption, string>; positionals: CliInput[]; redact: boolean } | string {
  const values = new Map<ValueOption, string>()
  let redact = false
  const positionals: CliInput[] = []
  let server: string | undefined
  const add = (path: string) => positionals.push(server === undefined ? { path } : { path, server })
  for (let index = 0; index < argv.length; index += 1) {
    const token = argv[index] ?? ''
    if (token === '--') {
      argv.slice(index + 1).forEach(add)
      break
    }
    if (!token.startsWith('-') || token === '-') {
      add(token)
      continue
    }
    const equals = token.indexOf('=')
    const name = equals === -1 ? token : token.slice(0, equals)
    if (HELP_FLAGS.includes(name) || VERSION_FLAGS.includes(name)) {
      continue
    }
    if (name === REDACT_FLAG) {
      if (equals !== -1) {
        return `${REDACT_FLAG} takes no value.`
      }
      redact = true
      continue
    }
    if (name === SERVER_OPTION) {
      const value = equals === -1 ? argv[(index += 1)] : token.slice(equals + 1)
      if (value === undefined || value.trim() === '' || (equals === -1 && value.startsWith('--'))) {
        return '--server needs a server name.'
      }
      server = value.trim()
      continue
    }
    if (!isValueOption(name)) {
      return `unknown option "${name}".`
    }
    if (values.has(name)) {
      return `${name} is given more than once.`
    }
    const value = equals === -1 ? argv[(index += 1)] : token.slice(equals + 1)
    if (value === undefined || (equals === -1 && value.startsWith('--'))) {
      return `${name} needs a value.`
    }
    const problem = checkValue(name, value)
    if (problem !== undefined) {
      return problem
    }
    values.set(name, value)
  }
  return { values, positionals, redact }
}

/** Parses the arguments after the program name. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const end = argv.indexOf('--')
  const options = end === -1 ? argv : argv.slice(0, end)
  if (options.some((token) => HELP_FLAGS.includes(token))) {
    return { kind: 'help' }
  }
  if (options.some((token) => VERSION_FLAGS.includes(token))) {
    return { kind: 'version' }
  }
  const scanned = scan(argv)
  if (typeof scanned === 'string') {
    return usageError(scanned)
  }
  const [command, ...inputs] = scanned.positionals
  if (command === undefined) {
    return usageError('no command given.')
  }
  if (command.path !== 'assess' || command.server !== undefined) {
    return usageError(`unknown command "${command.path}"; the command is "assess".`)
  }
  if (inputs.length === 0) {
    return usageError('no FILE given; name at least one install-details file.')
  }
  const asOf = scanned.values.get('--as-of')
  const out = scanned.values.get('--out')
  return {
    kind: 'assess',
    inputs,
    format: (scanned.values.get('--format') ?? 'json') as OutputFormat,
    ...(asOf === undefined ? {} : { asOf }),
    ...(out === undefined ? {} : { out }),
    ...(scanned.redact ? { redact: true } : {}),
  }
}
