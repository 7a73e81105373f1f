/**
 * What every report format is built from: the assessed servers of one run (one server in the
 * wizard, a fleet on the command line), each with the document its findings came from.
 */
import type { RulePackRef } from '../rules/pack/pack-summary'
import type { IsoDate } from '../dates/iso-date'
import type { Conflict } from '../import/merge-inputs'
import type { Finding, Report, Verdict } from '../rules/types'
import type { InstallDetails } from '../types/install-details'
import { customizationsField, type CustomizationsView } from './customizations-view'

/** One assessed server. */
export interface ServerInput {
  /** The input as given (a file path, several joined by " + ", or a saved assessment's name). */
  readonly source: string
  /** `server.name`, or the name the user gave; null when unknown. */
  readonly name: string | null
  readonly verdict: Verdict
  readonly findings: readonly Finding[]
  /** Where the inputs of this server disagreed (the later one won). */
  readonly conflicts?: readonly Conflict[]
  /** The merged install-details document: the raw facts, and what the timeline is built from. */
  readonly details: InstallDetails
  /** Field path → where that fact came from; facts not listed came from `source`. */
  readonly provenance?: Readonly<Record<string, string>>
  /** The customer, when known (saved assessments): groups staging pairs. */
  readonly customer?: string
  /** The staging partner's server name, when the user said which it is. */
  readonly pairWith?: string
  /** The upgrade checklist's ticks (plan item id → ticked), when saved with the assessment. */
  readonly ticks?: Readonly<Record<string, boolean>>
}

/** An input that could not be read. */
export interface SourceError {
  readonly source: string
  readonly message: string
}

/** One run: the as-of date, the rule pack, the servers (in input order) and the inputs that failed. */
export interface FleetInput {
  readonly asOf: IsoDate
  readonly rulePack: RulePackRef
  readonly servers: readonly ServerInput[]
  readonly errors: readonly SourceError[]
  /** True when names were replaced by placeholders (`redactFleetInput`). */
  readonly isRedacted?: boolean
}

/** One server in the contract's JSON document (the command line's `assess --format json`). */
export interface ContractServer {
  /** The FILE as given on the command line; for a `--server` group, its files joined by " + ". */
  readonly source: string
  /** `server.name` from the document (or the `--server` name), or null when unknown. */
  readonly name: string | null
  readonly verdict: Verdict
  readonly findings: readonly Finding[]
  /** Where sources of one `--server` group disagreed (later input won). */
  readonly conflicts?: readonly Conflict[]
  /** What each route keeps and loses, from the findings (absent when no finding names a route). */
  readonly customizations?: CustomizationsView
}

/**
 * The contract's `assess --format json` document (docs/interface.md §4, "Command line"): the one
 * type of the command line's output, for its writers and its readers.
 */
export interface ContractDocument {
  readonly schemaVersion: 1
  readonly asOf: IsoDate
  readonly rulePack: RulePackRef
  readonly servers: readonly ContractServer[]
  readonly errors: readonly SourceError[]
}

/** A server input from one `assessServer` report and the document it assessed (the wizard's case). */
export function serverInputFromReport(
  details: InstallDetails,
  report: Report,
  source: string,
  extra: Pick<ServerInput, 'provenance' | 'conflicts' | 'customer' | 'pairWith' | 'ticks'> = {},
): ServerInput {
  return { source, name: details.server?.name ?? null, verdict: report.verdict, findings: report.findings, details, ...extra }
}

/** The contract's document for a run: the servers in input order, only the contract's fields. */
export function toContractDocument(input: FleetInput): ContractDocument {
  return {
    schemaVersion: 1,
    asOf: input.asOf,
    rulePack: input.rulePack,
    servers: input.servers.map((server) => ({
      source: server.source,
      name: server.name,
      verdict: server.verdict,
      findings: server.findings,
      ...(server.conflicts !== undefined && server.conflicts.length > 0 ? { conflicts: server.conflicts } : {}),
      ...customizationsField(server.findings),
    })),
    errors: input.errors,
  }
}
