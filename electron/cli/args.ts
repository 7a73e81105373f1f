/**
 * The command line's arguments (docs/interface.md §4, "Command line"): parsed into a command, or a usage error.
 */
import { isIsoDate, type IsoDate } from '~shared/dates/iso-date'

/** The formats the command line writes (docs/interface.md §4). */
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
      /** A rule pack file to assess with instead of the built-in one (used only once verified). */
      readonly rulePack?: string
      /** Public key files trusted besides the release keys, for this run. */
      readonly trustKeys?: readonly string[]
    }
  | { readonly kind: 'pack-info'; readonly file?: string; readonly trustKeys: readonly string[]; readonly asOf?: IsoDate }
  | { readonly kind: 'pack-verify'; readonly file: string; readonly trustKeys: readonly string[] }
  | { readonly kind: 'pack-diff'; readonly old: string; readonly new: string; readonly trustKeys: readonly string[]; readonly format: 'text' | 'json' }

/** The usage text, printed by `--help` and after every usage error. */
export const USAGE = `Usage: entra-readiness assess [--server NAME] FILE... [--as-of YYYY-MM-DD] [--format json|text|markdown|html|csv|sarif|jsonl] [--redact] [--out FILE]
                             [--rule-pack PACK [--trust-key KEY.pub]...]
       entra-readiness pack info [PACK] [--trust-key KEY.pub]... [--as-of YYYY-MM-DD]
       entra-readiness pack verify PACK [--trust-key KEY.pub]...
       entra-readiness pack diff OLD NEW [--trust-key KEY.pub]... [--format text|json]

Assesses each FILE (one server's install details, as the collector writes them, or the text of
Get-ADSyncScheduler, Get-ADSyncAutoUpgrade [-Detail], (Get-ADSyncGlobalSettings).Parameters,
reg query or $PSVersionTable) against the upgrade rules and prints the findings. A folder stands
for every file in it (a fleet); markdown, html and csv reports list the fleet most urgent first.
A Get-ADSyncServerConfiguration -Path folder (with Connectors\\) is one input: its connectors.

Options:
  --server NAME        merge the FILEs that follow (up to the next --server) into one server
  --as-of YYYY-MM-DD   evaluate the rules as of this date (default: today)
  --format FORMAT      json (default), text, markdown, html (one self-contained page), csv,
                       sarif (SARIF 2.1.0, for code-scanning and security dashboards) or
                       jsonl (JSON Lines: a header with the rules, then a line per server)
  --redact             replace server, domain, tenant, account, customer and file names with
                       placeholders (SERVER-1, DOMAIN-1, ...) everywhere in the output
  --out FILE           write the output to FILE instead of standard output
  --rule-pack PACK     assess with this rule pack file instead of the built-in one; it is used
                       only when PACK.sig (Ed25519) checks out against a trusted key, its format
                       is known, this app satisfies its requiresApp and it is not older than the
                       built-in pack; otherwise nothing is assessed and the exit status is 2
  --trust-key KEY.pub  also trust this Ed25519 public key (PEM) for this run; repeatable. The
                       maintainers' release keys (build/rule-pack-keys/) are always trusted
  -h, --help           show this help
  -V, --version        show the version and the rule pack

Rule packs: "pack info" prints a pack's version, as-of date, signer and age (the built-in pack
without PACK); "pack verify" exits 0 only for a pack this app would use (else 2, with the
reason); "pack diff" lists what changed between two packs ("built-in" names the built-in one).

Exit status: 2 if a FILE could not be read (or a usage error, or a refused rule pack), else 1
if any server's verdict is not "ok", else 0.`

const HELP_FLAGS: readonly string[] = ['-h', '--help']
const REDACT_FLAG = '--redact'
const VERSION_FLAGS: readonly string[] = ['-V', '--version']
const VALUE_OPTIONS = ['--as-of', '--format', '--out', '--rule-pack'] as const
const TRUST_KEY_OPTION = '--trust-key'
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
    case '--rule-pack':
      return value === '' ? '--rule-pack needs a pack file.' : undefined
  }
}

/** Splits the tokens into options (with their values) and positionals; the first problem wins. */
function scan(argv: readonly string[]): { values: Map<ValueOption, string>; positionals: CliInput[]; redact: boolean; trustKeys: string[] } | string {
  const values = new Map<ValueOption, string>()
  const trustKeys: string[] = []
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
    if (name === TRUST_KEY_OPTION) {
      const value = equals === -1 ? argv[(index += 1)] : token.slice(equals + 1)
      if (value === undefined || value === '' || (equals === -1 && value.startsWith('--'))) {
        return '--trust-key needs a public key file.'
      }
      trustKeys.push(value)
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
  return { values, positionals, redact, trustKeys }
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
  if (command.path === 'pack' && command.server === undefined) {
    return parsePackCommand(inputs.map((input) => input.path), scanned)
  }
  if (command.path !== 'assess' || command.server !== undefined) {
    return usageError(`unknown command "${command.path}"; the commands are "assess" and "pack".`)
  }
  if (inputs.length === 0) {
    return usageError('no FILE given; name at least one install-details file.')
  }
  const asOf = scanned.values.get('--as-of')
  const out = scanned.values.get('--out')
  const rulePack = scanned.values.get('--rule-pack')
  return {
    kind: 'assess',
    ...(rulePack === undefined ? {} : { rulePack }),
    ...(scanned.trustKeys.length === 0 ? {} : { trustKeys: scanned.trustKeys }),
    inputs,
    format: (scanned.values.get('--format') ?? 'json') as OutputFormat,
    ...(asOf === undefined ? {} : { asOf }),
    ...(out === undefined ? {} : { out }),
    ...(scanned.redact ? { redact: true } : {}),
  }
}

/** `pack info|verify|diff` and their operands. */
function parsePackCommand(operands: readonly string[], scanned: { values: Map<ValueOption, string>; trustKeys: string[] }): CliCommand {
  const [action, ...files] = operands
  const { trustKeys } = scanned
  const format = scanned.values.get('--format') ?? 'text'
  if (scanned.values.has('--out') || scanned.values.has('--rule-pack')) {
    return usageError('pack takes no --out or --rule-pack; name the pack files after the action.')
  }
  switch (action) {
    case 'info': {
      const asOf = scanned.values.get('--as-of')
      return files.length > 1
        ? usageError('pack info takes at most one PACK.')
        : { kind: 'pack-info', trustKeys, ...(files[0] === undefined ? {} : { file: files[0] }), ...(asOf === undefined ? {} : { asOf }) }
    }
    case 'verify':
      return files.length === 1 && files[0] !== undefined ? { kind: 'pack-verify', file: files[0], trustKeys } : usageError('pack verify takes one PACK.')
    case 'diff':
      if (format !== 'text' && format !== 'json') {
        return usageError('pack diff writes --format text or json.')
      }
      return files.length === 2 && files[0] !== undefined && files[1] !== undefined
        ? { kind: 'pack-diff', old: files[0], new: files[1], trustKeys, format }
        : usageError('pack diff takes two packs: OLD NEW ("built-in" names the built-in pack).')
    default:
      return usageError(`unknown pack action "${action ?? ''}"; use pack info, pack verify or pack diff.`)
  }
}
