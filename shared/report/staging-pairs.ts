/**
 * Pairing each primary sync server with its staging server, and warning when a pair is not one
 * active server plus one in staging mode (data for the fleet view and the fleet report).
 *
 * A pair is found by what the user said (`pairWith`), else by name within one customer: names
 * that differ only by a trailing number or a role word (AADC01 / AADC02, AADC / AADC-STAGING), and
 * within one tenant where the tenant is known (two customers' AADC01 and AADC02 are not partners).
 */

/** A server as the pairing sees it. */
export interface PairCandidate {
  /** Unique within the fleet (the source). */
  readonly key: string
  readonly name: string | null
  readonly customer?: string
  /** `connect.tenant` (the tenant's initial domain), when known. */
  readonly tenant?: string | null
  readonly pairWith?: string
  /** `connect.stagingModeEnabled`; null when unknown. */
  readonly stagingModeEnabled: boolean | null
}

/** `ok`: one active, one staging. The others are worth a warning. */
export type PairStatus = 'ok' | 'both-active' | 'neither-active' | 'unknown'

/** A primary and its staging server (for a pair that is not `ok`, simply the two in name order). */
export interface StagingPair {
  readonly primary: PairCandidate
  readonly staging: PairCandidate
  readonly matchedBy: 'pair-with' | 'name'
  readonly status: PairStatus
  readonly message: string
}

/** A server with no partner, and why. */
export interface UnpairedServer {
  readonly server: PairCandidate
  readonly reason: 'no-partner' | 'several-candidates'
}

/** The pairs found and the servers left over. */
export interface StagingPairing {
  readonly pairs: readonly StagingPair[]
  readonly unpaired: readonly UnpairedServer[]
}

const ROLE_SUFFIX = /[-_ ]?(STAGING|STAGE|STG|STANDBY|PRIMARY|PRI|PROD|ACTIVE)$/
const NUMBER_SUFFIX = /[-_ ]?\d+$/

/** A server's host name, domain and case ignored: `aadc01.contoso.com` → `AADC01` (empty for an empty name). */
export function hostName(name: string): string {
  return name.trim().split('.')[0]?.toUpperCase() ?? ''
}

/** A customer as servers are grouped by it: case and surrounding spaces ignored (empty when none). */
export function customerKey(customer: string | undefined): string {
  return customer?.trim().toLowerCase() ?? ''
}

/** The part of a server name two partners share: `AADC01` and `aadc-staging.contoso.com` → `AADC`. */
export function nameStem(name: string): string {
  return hostName(name).replace(ROLE_SUFFIX, '').replace(NUMBER_SUFFIX, '').replace(/[-_ ]+$/, '')
}

function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  return a !== null && a !== undefined && b !== null && b !== undefined && hostName(a) === hostName(b)
}

function label(server: PairCandidate): string {
  return server.name ?? server.key
}

function describePair(a: PairCandidate, b: PairCandidate, matchedBy: StagingPair['matchedBy']): StagingPair {
  const [first, second] = [a, b].sort((x, y) => label(x).localeCompare(label(y)))
  if (first === undefined || second === undefined) {
    throw new Error('a pair has two servers')
  }
  if (first.stagingModeEnabled === null || second.stagingModeEnabled === null) {
    const unknown = [first, second].filter((server) => server.stagingModeEnabled === null).map(label).join(' and ')
    return { primary: first, staging: second, matchedBy, status: 'unknown', message: `Staging mode of ${unknown} is not known: check which of ${label(first)} and ${label(second)} is active.` }
  }
  if (first.stagingModeEnabled !== second.stagingModeEnabled) {
    const [primary, staging] = first.stagingModeEnabled ? [second, first] : [first, second]
    return { primary, staging, matchedBy, status: 'ok', message: `${label(primary)} is active; ${label(staging)} is its staging server.` }
  }
  return first.stagingModeEnabled
    ? { primary: first, staging: second, matchedBy, status: 'neither-active', message: `${label(first)} and ${label(second)} are both in staging mode: neither exports to Entra ID. Take the primary out of staging mode.` }
    : { primary: first, staging: second, matchedBy, status: 'both-active', message: `${label(first)} and ${label(second)} are both active (staging mode off on both): two servers exporting to one tenant overwrite each other. Put one in staging mode.` }
}

function pairWithinCustomer(servers: readonly PairCandidate[], pairs: StagingPair[], unpaired: UnpairedServer[]): void {
  const paired = new Set<PairCandidate>()
  for (const server of servers) {
    // Two runs or inputs of one server are not a pair: a partner has another host name.
    const partner = servers.find((other) => other !== server && !paired.has(other) && sameName(other.name, server.pairWith) && !sameName(other.name, server.name))
    if (!paired.has(server) && partner !== undefined) {
      pairs.push(describePair(server, partner, 'pair-with'))
      paired.add(server).add(partner)
    }
  }
  const byStem = new Map<string, PairCandidate[]>()
  for (const server of servers.filter((candidate) => !paired.has(candidate))) {
    const stem = server.name === null ? '' : nameStem(server.name)
    byStem.set(stem, [...(byStem.get(stem) ?? []), server])
  }
  for (const [stem, group] of byStem) {
    const [a, b] = group
    if (stem !== '' && group.length === 2 && a !== undefined && b !== undefined && !sameName(a.name, b.name)) {
      pairs.push(describePair(a, b, 'name'))
    } else {
      unpaired.push(...group.map((server) => ({ server, reason: stem !== '' && group.length > 2 ? ('several-candidates' as const) : ('no-partner' as const) })))
    }
  }
}

/** Pairs the servers of each customer and tenant (servers without a customer, or a known tenant, form one group). */
export function pairStagingServers(servers: readonly PairCandidate[]): StagingPairing {
  const byCustomer = new Map<string, PairCandidate[]>()
  for (const server of servers) {
    const customer = `${customerKey(server.customer)}\u0000${customerKey(server.tenant ?? undefined)}`
    byCustomer.set(customer, [...(byCustomer.get(customer) ?? []), server])
  }
  const pairs: StagingPair[] = []
  const unpaired: UnpairedServer[] = []
  for (const group of byCustomer.values()) {
    pairWithinCustomer(group, pairs, unpaired)
  }
  return { pairs, unpaired }
}
