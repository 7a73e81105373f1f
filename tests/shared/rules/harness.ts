/**
 * Test support for the rules: small install-details documents and a one-rule evaluation.
 */
import type { IsoDate } from '~shared/dates/iso-date'
import { evaluateRules } from '~shared/rules/evaluate'
import type { RulePack } from '~shared/rules/pack/types'
import type { Finding, Rule } from '~shared/rules/types'
import { installDetailsSchema, type InstallDetails } from '~shared/types/install-details'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { formatIsoDate } from '~shared/dates/iso-date'

/** Sections of a document, each optional, as a test spells them. */
export type DocumentParts = Partial<Omit<InstallDetails, 'kind' | 'schemaVersion'>>

/** A schema-checked install-details document with only the given sections. */
export function makeDetails(parts: DocumentParts = {}): InstallDetails {
  return installDetailsSchema.parse({ kind: 'entra-connect-install-details', schemaVersion: 1, ...parts })
}

/** A document with only `connect` facts. */
export function connectOnly(connect: NonNullable<InstallDetails['connect']>): InstallDetails {
  return makeDetails({ connect })
}

/** Runs one rule through `evaluateRules` (dates in messages as ISO 8601, as reports write them) (so a bad messageId shows as `rule-error`) and returns its finding. */
export function runRule(rule: Rule, details: InstallDetails, asOf: IsoDate = '2026-11-26', pack: RulePack = BUILT_IN_PACK): Finding {
  const [finding] = evaluateRules(details, { asOf, pack, rules: [rule], formatDate: formatIsoDate }).findings
  if (finding === undefined) {
    throw new Error('no finding')
  }
  return finding
}

/** The eight TLS 1.2 values all set as required. */
export const TLS_OK = {
  netFx64: { SystemDefaultTlsVersions: 1, SchUseStrongCrypto: 1 },
  netFx32: { SystemDefaultTlsVersions: 1, SchUseStrongCrypto: 1 },
  schannelServer: { Enabled: 1, DisabledByDefault: 0 },
  schannelClient: { Enabled: 1, DisabledByDefault: 0 },
} as const
