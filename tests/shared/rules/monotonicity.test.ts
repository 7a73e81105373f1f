/**
 * Property tests: time only makes things worse, and a newer build never does.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareVersions } from '~shared/version/four-part-version'
import type { Rule, Status } from '~shared/rules/types'
import { appAuth2027 } from '~shared/rules/version/app-auth-2027'
import { endOfSupport } from '~shared/rules/version/end-of-support'
import { hardening2025 } from '~shared/rules/version/hardening-2025'
import { syncStop2026 } from '~shared/rules/version/sync-stop-2026'
import { v1Retired } from '~shared/rules/version/v1-retired'
import { CLOUDS } from '~shared/types/install-details'
import { asOfArbitrary, versionArbitrary } from './arbitraries'
import { connectOnly, runRule } from './harness'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const SEVERITY: Partial<Record<Status, number>> = { pass: 0, warn: 1, fail: 2 }
const severityOf = (status: Status): number => SEVERITY[status] ?? Number.NaN
const DATED: readonly Rule[] = [hardening2025, syncStop2026, appAuth2027, endOfSupport]
const VERSION_RULES: readonly Rule[] = [v1Retired, hardening2025, syncStop2026, appAuth2027]
const listed = fc.constantFrom(...BUILT_IN_PACK.releases.filter((release) => release.isWithdrawn !== true).map((release) => release.version))
const connect = fc.record({ cloud: fc.constantFrom(...CLOUDS), connectorIdentityType: fc.constantFrom('Application' as const, 'ServiceAccount' as const) })

describe('monotonicity', () => {
  it('a later as-of date never improves a dated rule', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DATED), listed, connect, asOfArbitrary, asOfArbitrary, (rule, version, facts, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a]
        const details = connectOnly({ version, ...facts })
        expect(severityOf(runRule(rule, details, later).status)).toBeGreaterThanOrEqual(severityOf(runRule(rule, details, earlier).status))
      }),
      { numRuns: 300 },
    )
  })

  it('a newer build never does worse on a version floor', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VERSION_RULES), versionArbitrary, versionArbitrary, connect, asOfArbitrary, (rule, a, b, facts, asOf) => {
        const [older, newer] = compareVersions(a, b) <= 0 ? [a, b] : [b, a]
        const status = (version: string) => severityOf(runRule(rule, connectOnly({ version, ...facts }), asOf).status)
        expect(status(newer)).toBeLessThanOrEqual(status(older))
      }),
      { numRuns: 300 },
    )
  })

  it('a newer listed build is never out of support before an older one', () => {
    fc.assert(
      fc.property(listed, listed, asOfArbitrary, (a, b, asOf) => {
        const [older, newer] = compareVersions(a, b) <= 0 ? [a, b] : [b, a]
        const status = (version: string) => runRule(endOfSupport, connectOnly({ version }), asOf).status
        // A third-party date caps at warn, so compare "out of support or close to it" only.
        const isTroubled = (value: Status) => value === 'warn' || value === 'fail'
        if (isTroubled(status(newer))) {
          expect(isTroubled(status(older))).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })
})
