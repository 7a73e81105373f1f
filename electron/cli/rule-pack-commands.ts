/**
 * The command line's rule packs: which pack `assess` uses (the built-in one, or `--rule-pack FILE`
 * once verified), and `pack info|verify|diff`.
 */
import { basename } from 'node:path'
import { packAge } from '~shared/rules/pack/pack-age'
import { diffPacks, formatPackChange } from '~shared/rules/pack/pack-diff'
import { BUILT_IN_SOURCE } from '~shared/rules/pack/pack-summary'
import { parseRulePack } from '~shared/rules/pack/load-pack'
import type { RulePackFile } from '~shared/rules/pack/types'
import { loadBuiltInPack } from '../node/rule-pack/built-in'
import type { TrustedKey } from '../node/rule-pack/keys'
import { readPackBytes } from '../node/rule-pack/read-pack-file'
import { loadTrustedKeys } from '../node/rule-pack/trust'
import { verifyPackFile } from '../node/rule-pack/verify-pack'

/** What the pack commands need from the outside world. */
export interface PackIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** The app's version: a pack's `requiresApp` is checked against it. */
  readonly version: string
  /** The maintainers' release keys (build/rule-pack-keys/). */
  readonly releaseKeyFolder: string
  readonly today: () => string
}

/** The pack a run uses: its data, where it came from and who signed it. */
export interface PackInUse {
  readonly pack: RulePackFile
  /** `built-in`, or the file as given. */
  readonly source: string
  /** The signing key as `name (fingerprint)`; null for the built-in pack. */
  readonly signer: string | null
}

/** A key named as people compare it: `name (3F2A 9C01 …)`. */
export function describeKey(key: TrustedKey): string {
  return `${key.name} (${key.fingerprint})`
}

async function trustedKeys(io: PackIo, files: readonly string[]): Promise<TrustedKey[] | string> {
  const { keys, problems } = await loadTrustedKeys(io.releaseKeyFolder, files)
  return problems.length > 0 ? `a trusted key could not be used: ${problems.join('; ')}` : keys
}

/** The built-in pack, or `file` once it passes every check; otherwise the reason it is refused. */
export async function packForRun(file: string | undefined, trustKeyFiles: readonly string[], io: PackIo): Promise<PackInUse | { readonly refused: string }> {
  const builtIn = loadBuiltInPack(io.version)
  if (file === undefined) {
    return { pack: builtIn, source: BUILT_IN_SOURCE, signer: null }
  }
  const keys = await trustedKeys(io, trustKeyFiles)
  if (typeof keys === 'string') {
    return { refused: keys }
  }
  const verified = await verifyPackFile(file, { trustedKeys: keys, appVersion: io.version, builtIn })
  return verified.ok ? { pack: verified.value.pack, source: file, signer: describeKey(verified.value.signer) } : { refused: `rule pack refused: ${verified.reason}` }
}

function refuse(io: PackIo, reason: string): 2 {
  io.stderr(`entra-readiness: ${reason}\n`)
  return 2
}

/** `pack info [FILE]`: version, as-of date, signer and age, and the keys trusted. */
export async function packInfo(file: string | undefined, trustKeyFiles: readonly string[], asOf: string | undefined, io: PackIo): Promise<0 | 2> {
  const inUse = await packForRun(file, trustKeyFiles, io)
  if ('refused' in inUse) {
    return refuse(io, inUse.refused)
  }
  const { pack } = inUse
  const on = asOf ?? io.today()
  const age = packAge(pack.asOf, on)
  const keys = await trustedKeys(io, trustKeyFiles)
  const lines = [
    `Rule pack ${pack.version}`,
    `  facts as of   ${pack.asOf} (${age.days} days before ${on}${age.isStale ? '; may be out of date: get a newer signed pack' : ''})`,
    `  source        ${inUse.source}`,
    `  signer        ${inUse.signer ?? 'none: ships inside the app'}`,
    `  requires app  ${pack.requiresApp} (this app: ${io.version})`,
    `  contents      ${pack.releases.length} builds, ${pack.upgradeCodes.length} auto-upgrade codes, ${pack.cloudSync.capabilities.length} Cloud Sync rows`,
    'Trusted keys:',
    ...(typeof keys === 'string' ? [`  ${keys}`] : keys.length === 0 ? ['  none (no release key in this build; add one with --trust-key)'] : keys.map((key) => `  ${key.origin === 'release' ? 'release  ' : 'trust-key'}  ${describeKey(key)}`)),
  ]
  io.stdout(`${lines.join('\n')}\n`)
  return 0
}

/** `pack verify FILE`: exit 0 only for a pack `assess --rule-pack` would use. */
export async function packVerify(file: string, trustKeyFiles: readonly string[], io: PackIo): Promise<0 | 2> {
  const inUse = await packForRun(file, trustKeyFiles, io)
  if ('refused' in inUse) {
    return refuse(io, inUse.refused)
  }
  io.stdout(`${basename(file)}: rule pack ${inUse.pack.version} (facts as of ${inUse.pack.asOf}) verified, signed by ${inUse.signer ?? 'the app'}\n`)
  return 0
}

/** A pack for `pack diff`: `built-in`, or any file this app can read (no signature needed to compare). */
async function packToCompare(name: string, io: PackIo): Promise<RulePackFile | string> {
  if (name === BUILT_IN_SOURCE) {
    return loadBuiltInPack(io.version)
  }
  const read = await readPackBytes(name)
  if (!read.ok) {
    return read.reason
  }
  const loaded = parseRulePack(read.bytes.toString('utf8'), io.version)
  return loaded.ok ? loaded.pack : `${basename(name)}: ${loaded.reason}`
}

/** `pack diff OLD NEW`: every build, date, confidence, code, threshold and matrix row that changed. */
export async function packDiff(oldName: string, newName: string, format: 'text' | 'json', io: PackIo): Promise<0 | 2> {
  const [before, after] = [await packToCompare(oldName, io), await packToCompare(newName, io)]
  if (typeof before === 'string' || typeof after === 'string') {
    return refuse(io, `pack diff: ${typeof before === 'string' ? before : after}`)
  }
  const diff = diffPacks(before, after)
  if (format === 'json') {
    io.stdout(`${JSON.stringify(diff, null, 2)}\n`)
    return 0
  }
  const title = `Rule pack ${diff.from.version} (as of ${diff.from.asOf}) → ${diff.to.version} (as of ${diff.to.asOf}): ${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'}`
  io.stdout(`${[title, ...diff.changes.map((change) => `  ${formatPackChange(change)}`)].join('\n')}\n`)
  return 0
}
