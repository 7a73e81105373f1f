/**
 * fast-check generators of install-details documents the schema accepts: every field optional,
 * `null` or in range, with extra weight on the values the rules decide by.
 */
import fc from 'fast-check'
import { addDays } from '~shared/dates/iso-date'
import { AUTO_UPGRADE_STATES, CLOUDS, FEATURE_NAMES, SIGN_IN_METHODS } from '~shared/types/install-details'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: null })
const partial = <T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) => fc.record(shape, { requiredKeys: [] })

const PACK_VERSIONS = BUILT_IN_PACK.releases.map((release) => release.version)
const EDGE_VERSIONS = ['1.0.0.0', '1.999.999.999', '2.0.0.0', '2.2.0.0', '2.2.1.0', '2.4.17.0', '2.4.18.0', '2.4.21.0', '2.5.79.0', '2.6.84.0', '3.0.0.0']

/** A four-part version: listed builds, deadline edges, or any four parts. */
export const versionArbitrary = fc.oneof(
  fc.constantFrom(...PACK_VERSIONS, ...EDGE_VERSIONS),
  fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 9 }), fc.nat({ max: 300 }), fc.nat({ max: 2 })).map((parts) => parts.join('.')),
  fc.tuple(fc.nat({ max: 999_999_999 }), fc.nat({ max: 999_999_999 }), fc.nat({ max: 999_999_999 }), fc.nat({ max: 999_999_999 })).map((parts) => parts.join('.')),
)

/** An as-of date between 2020 and 2031. */
export const asOfArbitrary = fc.integer({ min: 0, max: 4_000 }).map((offset) => addDays('2020-01-01', offset))

const count = fc.oneof(fc.constantFrom(0, 1, 50_000, 100_000, 100_001, 150_000, 150_001), fc.integer({ min: 0, max: 1e12 }))
const amount = fc.oneof(fc.constantFrom(0, 8191, 8192, 10239, 10240), fc.double({ min: 0, max: 1e12, noNaN: true }))
const dword = maybe(fc.oneof(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 0xffffffff })))
const codes = BUILT_IN_PACK.upgradeCodes.map((entry) => entry.code)
const reason = fc.oneof(fc.constantFrom(...codes, 'UpgradeFailedRollbackSuccess-GetPasswordHashSyncStateFailed', ''), fc.string({ maxLength: 80 }))
const features = partial(Object.fromEntries(FEATURE_NAMES.map((name) => [name, maybe(fc.boolean())])))

/** A whole document the schema accepts. */
export const installDetailsArbitrary = partial({
  collectedAt: maybe(fc.constant('2026-11-20T10:04:00Z')),
  server: maybe(
    partial({
      name: maybe(fc.string({ maxLength: 30 })),
      domainJoined: maybe(fc.boolean()),
      isDomainController: maybe(fc.boolean()),
      os: maybe(partial({ caption: maybe(fc.string({ maxLength: 60 })), build: maybe(fc.oneof(fc.constantFrom(9600, 14392, 14393, 17763, 20348, 26099, 26100), count)), installationType: maybe(fc.constantFrom('Server', 'Server Core')) })),
      memoryGb: maybe(amount),
      freeDiskGb: maybe(amount),
    }),
  ),
  connect: maybe(
    partial({
      version: maybe(versionArbitrary),
      serverConfigurationVersion: maybe(versionArbitrary),
      cloud: maybe(fc.constantFrom(...CLOUDS)),
      installType: maybe(fc.constantFrom('express', 'custom', 'dirsync-upgrade')),
      stagingModeEnabled: maybe(fc.boolean()),
      syncCycleEnabled: maybe(fc.boolean()),
      autoUpgrade: maybe(partial({ state: maybe(fc.constantFrom(...AUTO_UPGRADE_STATES)), suspensionReason: maybe(reason) })),
      database: maybe(partial({ kind: maybe(fc.constantFrom('localdb', 'sql')), localDbSizeMb: maybe(amount), sqlVersion: maybe(fc.oneof(fc.constantFrom('2012', '2016', '2019', '13.0.5026.0', '15.0.2000.5'), fc.string({ maxLength: 20 }))) })),
      metaverseObjectCount: maybe(count),
      connectorIdentityType: maybe(fc.constantFrom('Application', 'ServiceAccount')),
      signInMethod: maybe(fc.constantFrom(...SIGN_IN_METHODS)),
      healthUploadEnabled: maybe(fc.boolean()),
      customSyncRuleCount: maybe(count),
      features: maybe(features),
      forestCount: maybe(count),
      largestDomainObjectCount: maybe(count),
      largestGroupMemberCount: maybe(count),
    }),
  ),
  dotnet: maybe(partial({ release: maybe(fc.oneof(fc.constantFrom(394802, 461807, 461808, 528449), count)) })),
  powershell: maybe(partial({ version: maybe(fc.array(fc.nat({ max: 99_999 }), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'))), edition: maybe(fc.constantFrom('Desktop', 'Core')) })),
  tls12: maybe(
    partial({
      netFx64: maybe(partial({ SystemDefaultTlsVersions: dword, SchUseStrongCrypto: dword })),
      netFx32: maybe(partial({ SystemDefaultTlsVersions: dword, SchUseStrongCrypto: dword })),
      schannelServer: maybe(partial({ Enabled: dword, DisabledByDefault: dword })),
      schannelClient: maybe(partial({ Enabled: dword, DisabledByDefault: dword })),
    }),
  ),
}).map((parts) => ({ kind: 'entra-connect-install-details', schemaVersion: 1, ...parts }))
