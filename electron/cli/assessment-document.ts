/**
 * The command line's output document (contract section 4), built from the files named.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { assessServer } from '../../shared/assess'
import type { IsoDate } from '../../shared/dates/iso-date'
import { mergeInputs, type Conflict, type SourcedFacts } from '../../shared/import/merge-inputs'
import { RULE_PACK } from '../../shared/rules/pack/data'
import type { Finding, Verdict } from '../../shared/rules/types'
import { readInputFile } from '../main/services/read-input-file'
import type { CliInput } from './args'

/** One assessed server. */
export interface ServerAssessment {
  /** The FILE as given on the command line; for a `--server` group, its files joined by " + ". */
  readonly source: string
  /** `server.name` from the document (or the `--server` name), or null when unknown. */
  readonly name: string | null
  readonly verdict: Verdict
  readonly findings: readonly Finding[]
  /** Where sources of one `--server` group disagreed (later input won). */
  readonly conflicts?: readonly Conflict[]
}

/** One FILE that could not be read or parsed. */
export interface SourceError {
  readonly source: string
  readonly message: string
}

/** The whole output: `--format json` prints exactly this. */
export interface AssessmentDocument {
  readonly schemaVersion: 1
  readonly asOf: IsoDate
  readonly rulePack: { readonly version: string; readonly asOf: IsoDate }
  readonly servers: readonly ServerAssessment[]
  readonly errors: readonly SourceError[]
}

/** One server to assess: its files, and the `--server` name when grouped. */
interface ServerGroup {
  readonly name?: string
  readonly paths: readonly string[]
}

/** A folder stands for the files directly in it (sorted, hidden files skipped); anything else is itself. */
async function expandFolder(path: string): Promise<string[]> {
  try {
    const entries = await readdir(path, { withFileTypes: true })
    return entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => join(path, entry.name))
      .sort()
  } catch {
    return [path]
  }
}

async function groupInputs(inputs: readonly CliInput[]): Promise<ServerGroup[]> {
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

async function assessGroup(group: ServerGroup, asOf: IsoDate, errors: SourceError[]): Promise<ServerAssessment | undefined> {
  const sourced: SourcedFacts[] = []
  for (const path of group.paths) {
    const read = await readInputFile(path)
    if (read.ok) {
      sourced.push({ source: path, facts: read.value.facts })
    } else {
      errors.push({ source: path, message: read.error.message })
    }
  }
  if (sourced.length === 0) {
    return undefined
  }
  const source = sourced.map((input) => input.source).join(' + ')
  const merged = mergeInputs(sourced)
  const report = assessServer(merged.details, asOf, { default: source, fields: merged.provenance })
  return {
    source,
    name: merged.details.server?.name ?? group.name ?? null,
    verdict: report.verdict,
    findings: report.findings,
    ...(merged.conflicts.length > 0 ? { conflicts: merged.conflicts } : {}),
  }
}

/**
 * Reads and assesses each server in turn (in the order given). A file that fails becomes an entry
 * in `errors`; the others are still assessed.
 */
export async function assessInputs(inputs: readonly CliInput[], asOf: IsoDate): Promise<AssessmentDocument> {
  const servers: ServerAssessment[] = []
  const errors: SourceError[] = []
  for (const group of await groupInputs(inputs)) {
    const server = await assessGroup(group, asOf, errors)
    if (server !== undefined) {
      servers.push(server)
    }
  }
  return {
    schemaVersion: 1,
    asOf,
    rulePack: { version: RULE_PACK.version, asOf: RULE_PACK.asOf },
    servers,
    errors,
  }
}

/** The exit status: 2 if any file failed, else 1 if any verdict is not `ok`, else 0. */
export function exitCodeOf(document: AssessmentDocument): 0 | 1 | 2 {
  if (document.errors.length > 0) {
    return 2
  }
  return document.servers.some((server) => server.verdict !== 'ok') ? 1 : 0
}
