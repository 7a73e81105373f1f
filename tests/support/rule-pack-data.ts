/**
 * Rule pack data for tests (pure, so renderer tests can use it too).
 */
import { BUILT_IN_PACK } from '../../shared/rules/pack/built-in'
import type { RulePackFile } from '../../shared/rules/pack/types'

/** The built-in pack as a newer pack: one more build (2.6.99.0), a later version and date. */
export function packWithExtraBuild(): RulePackFile {
  const extra = {
    version: '2.6.99.0',
    releasedOn: '2026-12-01',
    autoUpgrade: 'no' as const,
    autoUpgradeFrom: null,
    security: null,
    endOfSupport: null,
    endOfSupportBasis: 'none' as const,
    endOfSupportSource: 'Version history (test build)',
    confidence: 'documented' as const,
  }
  return { ...BUILT_IN_PACK, version: '2027.01.20', asOf: '2027-01-20', releases: [extra, ...BUILT_IN_PACK.releases] }
}

