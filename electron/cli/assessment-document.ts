/**
 * The command line's assessments (docs/interface.md §4, "Command line"), built from the files named: one server
 * at a time, so a fleet of any size is never held in memory at once.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { assessServer } from '~shared/assess'
import type { IsoDate } from '~shared/dates/iso-date'
import { conflictsField, deriveInstallDetails } from '~shared/intake/derive'
import { validateInstallDetails } from '~shared/import/merge-inputs'
import type { RulePack } from '~shared/rules/pack/types'
import type { InstallDetails } from '~shared/types/install-details'
import type { ContractServer as ServerAssessment, SourceError } from '~shared/report/fleet-input'
import { customizationsField } from '~shared/report/customizations-view'
import { isServerConfigurationExport } from '../node/read-server-configuration-folder'
import type { CliInput } from './args'
import { inputsOf, readCliFile, survivesMerge, type CliFile } from './read-cli-file'

/**
 * The command line's output, typed once in shared/ (docs/interface.md §4, "Command line"): the
 * writers here and every reader of `--format json` (the tests, the fleet report) use these.
 */
export type { ContractDocument as AssessmentDocument, ContractServer as ServerAssessment, SourceError } from '~shared/report/fleet-input'

/** What is left once every server has been handed on: enough for the summary and the exit status. */
export interface AssessmentSummary {
  readonly serverCount: number
  readonly notOkCount: number
  readonly errors: readonly SourceError[]
}

/** What a server was assessed from: reports show its raw facts and build its timeline from it. */
export interface AssessedInput {
  readonly details: InstallDetails
  /** Field path → the file (and line) it came from, when the server has several files. */
  readonly provenance?: Readonly<Record<string, string>>
}

/** Where each assessed server and each unreadable FILE goes, in order. */
export interface AssessmentHandlers {
  readonly onServer: (server: ServerAssessment, input: AssessedInput) => Promise<void> | void
  readonly onError?: (error: SourceError) => void
}

/** One server to assess: its files, and the `--server` name when grouped. */
export interface ServerGroup {
  readonly name?: string
  readonly paths: readonly string[]
}

/**
 * A folder stands for the entries directly in it (sorted, hidden ones and subfolders skipped);
 * anything else is itself. Links and special files are kept, so each is read or reported by name
 * (a link to nowhere, a FIFO), never skipped silently. A Get-ADSyncServerConfiguration export
 * folder (it has a Connectors, GlobalSettings or SynchronizationRules folder) is one input: itself.
 */
async function expandFolder(path: string): Promise<string[]> {
  try {
    const entries = await readdir(path, { withFileTypes: true })
    if (isServerConfigurationExport(entries)) {
      return [path]
    }
    return entries
      .filter((entry) => !entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => join(path, entry.name))
      .sort()
  } catch {
    return [path]
  }
}

/** The servers the inputs name, in order: a folder's files each a server, `--server` files grouped. */
export async function groupInputs(inputs: readonly CliInput[]): Promise<ServerGroup[]> {
  const groups: ServerGroup[] = []
  const named = new Map<string, string[]>()
  for (const input of inputs) {
    const paths = await expandFolder(input.path)
    if (input.server === undefined) {
      groups.push(...paths.map((path) => ({ paths: [path] })))
      continue
    }
    const existing = named.get(input.server)
    if (existing === undefined) {
      const created = [...paths]
      named.set(input.server, created)
      groups.push({ name: input.server, paths: created })
    } else {
      existing.push(...paths)
    }
  }
  return groups
}

function assessmentServerName(files: readonly { file: CliFile }[]): string | undefined {
  for (const { file } of files) {
    if (file.kind === 'assessment' && file.serverName.trim() !== '') {
      return file.serverName
    }
  }
  return undefined
}

function assessGroup(
  group: ServerGroup,
  files: readonly { path: string; file: CliFile }[],
  asOf: IsoDate,
  pack: RulePack,
): { server: ServerAssessment; input: AssessedInput } | undefined {
  const [only] = files
  if (only === undefined) {
    return undefined
  }
  // One JSON file: its document is what merging its facts would rebuild, so skip the round trip.
  if (files.length === 1 && only.file.kind === 'document' && survivesMerge(only.file.details)) {
    const report = assessServer(only.file.details, asOf, pack, { default: only.path })
    const server = {
      source: only.path,
      name: only.file.details.server?.name ?? group.name ?? null,
      verdict: report.verdict,
      findings: report.findings,
      ...customizationsField(report.findings),
    }
    return { server, input: { details: only.file.details } }
  }
  const source = files.map((input) => input.path).join(' + ')
  // Saved assessments bring their conflict choices; the deriver applies them as the app does.
  const choices = Object.assign({}, ...files.map((input) => (input.file.kind === 'assessment' ? input.file.conflictChoices : {}))) as Record<string, string>
  const merged = deriveInstallDetails(
    files.flatMap((input) => inputsOf(input.path, input.file)),
    choices,
    validateInstallDetails,
  )
  const report = assessServer(merged.details, asOf, pack, { default: source, fields: merged.provenance })
  const server = {
    source,
    name: assessmentServerName(files) ?? merged.details.server?.name ?? group.name ?? null,
    verdict: report.verdict,
    findings: report.findings,
    ...conflictsField(merged),
    ...customizationsField(report.findings),
  }
  return { server, input: { details: merged.details, provenance: merged.provenance } }
}

/** One group read and assessed: the server (none when no file could be read) and the files that failed. */
export interface GroupOutcome {
  readonly assessed?: { readonly server: ServerAssessment; readonly input: AssessedInput }
  readonly errors: readonly SourceError[]
}

/** Reads (synchronously, one file after another) and assesses one group with `pack`. */
export function assessOneGroup(group: ServerGroup, asOf: IsoDate, pack: RulePack): GroupOutcome {
  const files: { path: string; file: CliFile }[] = []
  const errors: SourceError[] = []
  for (const path of group.paths) {
    const read = readCliFile(path)
    if (read.ok) {
      files.push({ path, file: read.value })
    } else {
      errors.push({ source: path, message: read.error.message })
    }
  }
  const assessed = assessGroup(group, files, asOf, pack)
  return assessed === undefined ? { errors } : { assessed, errors }
}

/**
 * Assesses each group in turn (in the order given), handing each server on as soon as it is
 * assessed. A file that fails becomes an error; the others are still assessed.
 */
export async function assessGroups(groups: readonly ServerGroup[], asOf: IsoDate, pack: RulePack, handlers: AssessmentHandlers): Promise<AssessmentSummary> {
  const errors: SourceError[] = []
  let serverCount = 0
  let notOkCount = 0
  for (const group of groups) {
    const outcome = assessOneGroup(group, asOf, pack)
    for (const error of outcome.errors) {
      errors.push(error)
      handlers.onError?.(error)
    }
    if (outcome.assessed !== undefined) {
      serverCount += 1
      notOkCount += outcome.assessed.server.verdict === 'ok' ? 0 : 1
      await handlers.onServer(outcome.assessed.server, outcome.assessed.input)
    }
  }
  return { serverCount, notOkCount, errors }
}

/** The exit status: 2 if any file failed or no server was assessed, else 1 if any verdict is not `ok`, else 0. */
export function exitCodeOf(summary: AssessmentSummary): 0 | 1 | 2 {
  if (summary.errors.length > 0 || summary.serverCount === 0) {
    return 2
  }
  return summary.notOkCount > 0 ? 1 : 0
}
