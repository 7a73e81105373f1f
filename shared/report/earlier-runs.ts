/**
 * Which saved runs are of one server, and which earlier run a run is compared with: what the
 * compare workspace needs to pick its runs, without the evaluation (compare-assessments.ts).
 */
import type { AssessmentSummary } from '../assessments/store-types'
import { compareIdentities, serverIdentity, tellingFactsDisagree, type ServerIdentity } from '../assessments/server-identity'
import { INSTALL_DETAILS_KIND, INSTALL_DETAILS_SCHEMA_VERSION } from '../types/install-details-values'

/** What the list knows of a run, enough to find its earlier runs. */
export type RunEntry = Pick<AssessmentSummary, 'id' | 'name' | 'serverName' | 'updatedAt'> & {
  readonly customer?: string
  readonly fqdn?: string
  readonly tenant?: string
}

const COPY_SUFFIX = /\s*\(copy\)\s*$/i

/** The name without the " (copy)" suffixes duplicating adds, trimmed and lower-cased. */
export function nameRoot(name: string): string {
  let root = name.trim()
  while (COPY_SUFFIX.test(root)) {
    root = root.replace(COPY_SUFFIX, '')
  }
  return root.toLowerCase()
}

function identityOf(entry: RunEntry): ServerIdentity {
  const details = {
    kind: INSTALL_DETAILS_KIND,
    schemaVersion: INSTALL_DETAILS_SCHEMA_VERSION,
    ...(entry.fqdn === undefined ? {} : { server: { fqdn: entry.fqdn } }),
    ...(entry.tenant === undefined ? {} : { connect: { tenant: entry.tenant } }),
  } as const
  return serverIdentity({ serverName: entry.serverName, ...(entry.customer === undefined ? {} : { customer: entry.customer }) }, details)
}

/**
 * True when `a` and `b` are runs of one server, by the server identity the Fleet uses
 * (shared/assessments/server-identity.ts): any of FQDN, tenant and customer known on both and
 * different makes them two servers (every customer has an "AADC01", and one customer may have two
 * in different domains); else the same short server name makes them one, or, when either has no
 * server name, the same name once " (copy)" is dropped.
 */
export function isSameServer(a: RunEntry, b: RunEntry): boolean {
  const [identityA, identityB] = [identityOf(a), identityOf(b)]
  if (tellingFactsDisagree(identityA, identityB)) {
    return false
  }
  if (a.serverName.trim() !== '' && b.serverName.trim() !== '') {
    return compareIdentities(identityA, identityB) !== 'different'
  }
  return nameRoot(a.name) !== '' && nameRoot(a.name) === nameRoot(b.name)
}

/** When `entry` was last saved, in milliseconds since 1970 (0 when its timestamp is unreadable). */
export function savedMs(entry: Pick<RunEntry, 'updatedAt'>): number {
  const ms = Date.parse(entry.updatedAt)
  return Number.isNaN(ms) ? 0 : ms
}

function newestFirst(a: RunEntry, b: RunEntry): number {
  return savedMs(b) - savedMs(a) || a.name.localeCompare(b.name)
}

/** The other saved runs of `chosen`'s server, newest first. */
export function earlierRunCandidates<T extends RunEntry>(chosen: RunEntry, entries: readonly T[]): readonly T[] {
  return entries.filter((entry) => entry.id !== chosen.id && isSameServer(chosen, entry)).sort(newestFirst)
}

/** The run to compare `chosen` with: the newest saved before it, else the newest other run of its server. */
export function defaultEarlierRun<T extends RunEntry>(chosen: RunEntry, entries: readonly T[]): T | undefined {
  const candidates = earlierRunCandidates(chosen, entries)
  return candidates.find((entry) => savedMs(entry) < savedMs(chosen)) ?? candidates[0]
}
