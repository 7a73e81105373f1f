/**
 * What tells one sync server from another: its fully qualified host name, the Entra tenant it
 * exports to, the customer the user named and its short host name. Two assessments are runs of
 * the same server only when what both know agrees and at least one of the telling facts (FQDN,
 * tenant, customer) is known on both; a short name alone does not decide it (`unknown`, and the
 * Fleet asks the user).
 *
 * Entra Connect documents no installation identifier a collector could read, so none is used
 * (docs/interface.md, "Server identity").
 *
 * Pure: it takes the derived install details as an argument (shared/intake/derive.ts).
 */
import type { InstallDetails } from '../types/install-details'

/** A server as identity sees it; every part lower-cased, null when unknown. */
export interface ServerIdentity {
  /** The host name without its domain, upper-cased (`AADC01`); null when no name is known. */
  readonly shortName: string | null
  /** `aadc01.corp.contoso.com`, lower-cased. */
  readonly fqdn: string | null
  /** The tenant's initial domain (`contoso.onmicrosoft.com`), lower-cased. */
  readonly tenant: string | null
  /** The customer from "About this assessment", case and surrounding spaces ignored. */
  readonly customer: string | null
}

/** What identity reads of a saved assessment. */
export interface IdentitySource {
  readonly customer?: string | undefined
  readonly serverName: string
}

/** `same`: runs of one server. `different`: two servers. `unknown`: only a short name agrees. */
export type IdentityMatch = 'same' | 'different' | 'unknown'

function lowered(value: string | null | undefined): string | null {
  const trimmed = typeof value === 'string' ? value.trim().toLowerCase() : ''
  return trimmed === '' ? null : trimmed
}

function shortOf(name: string | null): string | null {
  const host = name?.split('.')[0]?.toUpperCase() ?? ''
  return host === '' ? null : host
}

/**
 * The identity of an assessment's server. The server name the user typed wins over the one the
 * collector read; a typed FQDN (`aadc01.corp.contoso.com`) counts as the FQDN when the details have none.
 */
export function serverIdentity(source: IdentitySource, details: InstallDetails | undefined): ServerIdentity {
  const typed = lowered(source.serverName)
  const collected = lowered(details?.server?.name)
  const fqdn = lowered(details?.server?.fqdn) ?? (typed?.includes('.') === true ? typed : null)
  return {
    shortName: shortOf(typed) ?? shortOf(collected) ?? shortOf(fqdn),
    fqdn,
    tenant: lowered(details?.connect?.tenant),
    customer: lowered(source.customer),
  }
}

/**
 * Whether `a` and `b` are the same server. Any fact known on both that differs makes them two
 * servers; else any telling fact known on both (and equal) makes them one; else it is unknown.
 * Without a name on either side they are two (an unnamed assessment is a server of its own).
 */
export function compareIdentities(a: ServerIdentity, b: ServerIdentity): IdentityMatch {
  if (a.shortName === null || b.shortName === null || a.shortName !== b.shortName || tellingFactsDisagree(a, b)) {
    return 'different'
  }
  return tellingPairs(a, b).some(([x, y]) => x !== null && y !== null) ? 'same' : 'unknown'
}

function tellingPairs(a: ServerIdentity, b: ServerIdentity) {
  return [
    [a.fqdn, b.fqdn],
    [a.tenant, b.tenant],
    [a.customer, b.customer],
  ] as const
}

/** True when the FQDN, the tenant or the customer is known on both and differs: two servers, whatever their names. */
export function tellingFactsDisagree(a: ServerIdentity, b: ServerIdentity): boolean {
  return tellingPairs(a, b).some(([x, y]) => x !== null && y !== null && x !== y)
}

/**
 * True when `a` and `b` are worth asking the user about: nothing tells them apart, and one of them
 * is known only by its short name (two runs that know different kinds of fact, one an FQDN and the
 * other a customer, are left as two rows without asking).
 */
export function isWorthAsking(a: ServerIdentity, b: ServerIdentity): boolean {
  return compareIdentities(a, b) === 'unknown' && (isKnownByNameOnly(a) || isKnownByNameOnly(b))
}

/** A telling fact of an identity: what tells one server of a short name from another. */
export type TellingFact = 'customer' | 'fqdn' | 'tenant'

/** The telling facts `identity` does not know, in the order they are named to the user. */
export function missingTellingFacts(identity: ServerIdentity): readonly TellingFact[] {
  return (['customer', 'fqdn', 'tenant'] as const).filter((fact) => identity[fact] === null)
}

/** True when only a short name is known: no FQDN, tenant or customer. */
export function isKnownByNameOnly(identity: ServerIdentity): boolean {
  return missingTellingFacts(identity).length === 3
}

/** How a server is named to the user: its short name, with the FQDN when known (`AADC01 (aadc01.contoso.com)`). */
export function identityLabel(identity: ServerIdentity): string {
  const name = identity.shortName ?? 'an unnamed server'
  return identity.fqdn === null || identity.fqdn.toUpperCase() === name ? name : `${name} (${identity.fqdn})`
}
