/**
 * Generates varied, realistic install-details documents (docs/interface.md §1) for a fleet.
 *
 * Versions come from the rule pack's release table (plus a few unknown and 1.x builds); clouds,
 * operating systems, .NET, PowerShell, TLS values, databases and auto-upgrade states vary the way
 * a real estate does, and some facts are missing, so every rule path is exercised.
 */
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { FEATURE_NAMES, SIGN_IN_METHODS } from '~shared/types/install-details'
import { createRandom, type Random } from './random'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const RELEASES = BUILT_IN_PACK.releases
const UPGRADE_CODES = BUILT_IN_PACK.upgradeCodes

const VERSIONS = RELEASES.map((release) => release.version)
const OPERATING_SYSTEMS = [
  ['Microsoft Windows Server 2012 R2 Standard', 9600, 2],
  ['Microsoft Windows Server 2016 Standard', 14393, 15],
  ['Microsoft Windows Server 2019 Standard', 17763, 40],
  ['Microsoft Windows Server 2022 Datacenter', 20348, 35],
  ['Microsoft Windows Server 2025 Standard', 26100, 8],
] as const
const DOTNET_RELEASES = [394802, 461808, 528040, 528449, 533320] as const
const SQL_VERSIONS = ['2012', '2016', '2019', '2022', '15.0.2000.5'] as const
const TLS_OK = { netFx64: [1, 1], netFx32: [1, 1], schannelServer: [1, 0], schannelClient: [1, 0] } as const

function tls12(random: Random): Record<string, Record<string, number | null>> | undefined {
  if (random.chance(0.08)) {
    return undefined
  }
  const broken = random.chance(0.25) ? random.pick(Object.keys(TLS_OK)) : undefined
  const value = (key: string, ok: number) => (key === broken ? random.pick([null, 0, 1 - ok]) : ok)
  const netFx = (key: 'netFx64' | 'netFx32') => ({ SystemDefaultTlsVersions: value(key, TLS_OK[key][0]), SchUseStrongCrypto: value(key, TLS_OK[key][1]) })
  const schannel = (key: 'schannelServer' | 'schannelClient') => ({ Enabled: value(key, TLS_OK[key][0]), DisabledByDefault: value(key, TLS_OK[key][1]) })
  return { netFx64: netFx('netFx64'), netFx32: netFx('netFx32'), schannelServer: schannel('schannelServer'), schannelClient: schannel('schannelClient') }
}

function autoUpgrade(random: Random): { state: string; suspensionReason: string | null } {
  const state = random.weighted([['Enabled', 60], ['Suspended', 20], ['Disabled', 20]] as const)
  if (state !== 'Suspended') {
    return { state, suspensionReason: null }
  }
  const code = random.pick(UPGRADE_CODES).code
  return { state, suspensionReason: random.chance(0.2) ? `${code}-GetPasswordHashSyncStateFailed` : code }
}

function connect(random: Random): Record<string, unknown> {
  const version = random.chance(0.03) ? undefined : random.chance(0.02) ? '2.7.1.0' : random.pick(VERSIONS)
  const isSql = random.chance(0.2)
  const objects = random.int(800, 160_000)
  return {
    ...(version === undefined ? {} : { version, serverConfigurationVersion: random.chance(0.92) ? version : random.pick(VERSIONS) }),
    cloud: random.weighted([['commercial', 70], ['gcc', 10], ['usgov', 12], ['china', 5]] as const),
    installType: random.weighted([['express', 65], ['custom', 30], ['dirsync-upgrade', 5]] as const),
    stagingModeEnabled: random.chance(0.15),
    syncCycleEnabled: random.chance(0.9),
    autoUpgrade: autoUpgrade(random),
    database: isSql
      ? { kind: 'sql', localDbSizeMb: null, sqlVersion: random.pick(SQL_VERSIONS) }
      : { kind: 'localdb', localDbSizeMb: random.int(300, 11_000), sqlVersion: null },
    metaverseObjectCount: objects,
    ...(random.chance(0.85) ? { connectorIdentityType: random.pick(['Application', 'ServiceAccount']) } : {}),
    signInMethod: random.pick(SIGN_IN_METHODS),
    healthUploadEnabled: random.chance(0.9),
    customSyncRuleCount: random.chance(0.7) ? 0 : random.int(1, 40),
    features: Object.fromEntries(FEATURE_NAMES.map((name) => [name, random.chance(0.25)])),
    forestCount: random.weighted([[1, 80], [2, 15], [3, 5]] as const),
    largestDomainObjectCount: Math.floor(objects * 0.8),
    largestGroupMemberCount: random.int(10, 60_000),
  }
}

/** Builds the install-details document of server number `index` (deterministic for a seed). */
export function generateServer(index: number, seed = 20261126): Record<string, unknown> {
  const random = createRandom(seed ^ Math.imul(index + 1, 0x9e3779b1))
  const [caption, build] = OPERATING_SYSTEMS[random.weighted(OPERATING_SYSTEMS.map((os, position) => [position, os[2]] as const))] ?? OPERATING_SYSTEMS[2]
  const isCore = random.chance(0.05)
  const tls = tls12(random)
  return {
    kind: 'entra-connect-install-details',
    schemaVersion: 1,
    collectedAt: `2026-${String(random.int(1, 11)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}T${String(random.int(0, 23)).padStart(2, '0')}:04:00Z`,
    server: {
      name: `AADC${String(index).padStart(5, '0')}`,
      domainJoined: random.chance(0.97),
      isDomainController: random.chance(0.03),
      os: { caption: isCore ? caption.replace('Standard', 'Standard (Server Core)') : caption, build, installationType: isCore ? 'Server Core' : 'Server' },
      memoryGb: random.pick([8, 16, 32, 64]),
      freeDiskGb: random.int(5, 500),
    },
    connect: connect(random),
    dotnet: { release: random.pick(DOTNET_RELEASES) },
    powershell: random.chance(0.93)
      ? { version: `5.1.${build}.${random.int(1000, 7000)}`, edition: 'Desktop' }
      : { version: random.pick(['7.4.6', '7.2.18', '4.0']), edition: 'Core' },
    ...(tls === undefined ? {} : { tls12: tls }),
  }
}

/** The file's bytes: pretty-printed UTF-8, or (like Windows PowerShell 5.1's `Out-File`) UTF-16LE with a BOM. */
function encode(document: Record<string, unknown>, isUtf16: boolean): Buffer {
  const text = JSON.stringify(document, null, 2)
  return isUtf16 ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : Buffer.from(text, 'utf8')
}

/** Writes `count` server files into `folder` (about 2 in 100 as UTF-16LE); returns their total size in bytes. */
export async function writeFleet(folder: string, count: number, batchSize = 64): Promise<number> {
  let totalBytes = 0
  for (let start = 0; start < count; start += batchSize) {
    const indexes = Array.from({ length: Math.min(batchSize, count - start) }, (_, offset) => start + offset)
    await Promise.all(
      indexes.map((index) => {
        const bytes = encode(generateServer(index), index % 50 === 7)
        totalBytes += bytes.length
        return fsp.writeFile(join(folder, `AADC${String(index).padStart(5, '0')}.json`), bytes)
      }),
    )
  }
  return totalBytes
}
