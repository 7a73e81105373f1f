/**
 * The app's rule packs: the built-in one, the packs the user imported (verified, then kept with
 * their signatures in the app's data folder, written atomically) and the keys the user trusts.
 * The pack in use is the newest stored pack that still passes every check (each is verified again
 * on every start), else the built-in one; a pack older than the built-in one is never used.
 */
import fsp from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { ActivePack, ImportPackValue, InspectKeyValue, PackOrigin, TrustedKeyView } from '~shared/ipc/rule-pack-schemas'
import { fail, ok, type Result } from '~shared/ipc/result'
import { comparePacks } from '~shared/rules/pack/load-pack'
import type { RulePackFile } from '~shared/rules/pack/types'
import { readKeyFile, readKeyFolder, type TrustedKey } from '~electron/node/rule-pack/keys'
import { readPackFile, signaturePathOf } from '~electron/node/rule-pack/read-pack-file'
import { verifyPackBytes, verifyPackFile, type VerifiedPack } from '~electron/node/rule-pack/verify-pack'
import { writeFileAtomic } from '~electron/node/write-file-atomic'

/** Where the store keeps things and what it checks against. */
export interface RulePackStoreOptions {
  /** Imported packs: `<version>.json` with `<version>.json.sig` (userData/rule-packs). */
  readonly packFolder: string
  /** Keys the user trusts: `<fingerprint>.pub` (userData/trusted-keys). */
  readonly userKeyFolder: string
  /** The maintainers' release keys (resources/rule-pack-keys, or build/rule-pack-keys in development). */
  readonly releaseKeyFolder: string
  readonly appVersion: string
  /** The built-in pack through the loader; called once, on first use (main's start does no validation). */
  readonly loadBuiltIn: () => RulePackFile
}

/** The app's rule packs and trusted keys. */
export interface RulePackStore {
  /** The pack in use (verifying the stored ones again). */
  readonly active: () => Promise<ActivePack>
  /** Verifies the pack at `path` (and `path.sig`) and keeps it; the reason when refused. */
  readonly importFile: (path: string) => Promise<Result<Extract<ImportPackValue, { status: 'imported' }>>>
  /** Every trusted key. */
  readonly listKeys: () => Promise<TrustedKeyView[]>
  /** Reads a key file and remembers it (until trusted or another is chosen), for its fingerprint to be shown. */
  readonly inspectKey: (path: string) => Promise<Result<Extract<InspectKeyValue, { status: 'chosen' }>>>
  /** Trusts the key last inspected, when its fingerprint is `fingerprint` (what the user saw). */
  readonly trustKey: (fingerprint: string) => Promise<Result<TrustedKeyView[]>>
}

function view(key: TrustedKey): TrustedKeyView {
  return { name: key.name, origin: key.origin, fingerprint: key.fingerprint }
}

function originOf(verified: VerifiedPack, fileName: string): PackOrigin {
  return { version: verified.pack.version, asOf: verified.pack.asOf, source: 'imported', fileName, signer: view(verified.signer) }
}

/** A stored pack's file name: its version, made safe for a file name. */
function storedName(pack: RulePackFile): string {
  return `${pack.version.replace(/[^0-9A-Za-z.-]/g, '_')}.json`
}

/** Opens the store. Nothing is read until asked. */
export function createRulePackStore(options: RulePackStoreOptions): RulePackStore {
  let loadedBuiltIn: RulePackFile | undefined
  const builtInPack = () => (loadedBuiltIn ??= options.loadBuiltIn())
  let pendingKey: TrustedKey | undefined

  async function trustedKeys(): Promise<TrustedKey[]> {
    const [release, user] = await Promise.all([readKeyFolder(options.releaseKeyFolder, 'release'), readKeyFolder(options.userKeyFolder, 'user')])
    return [...release.keys, ...user.keys]
  }

  async function storedPacks(keys: readonly TrustedKey[]): Promise<{ verified: { value: VerifiedPack; fileName: string }[]; refused: string[] }> {
    let names: string[]
    try {
      names = (await fsp.readdir(options.packFolder)).filter((name) => name.endsWith('.json') && !name.startsWith('.'))
    } catch {
      return { verified: [], refused: [] }
    }
    const verified: { value: VerifiedPack; fileName: string }[] = []
    const refused: string[] = []
    for (const name of names.sort()) {
      const result = await verifyPackFile(join(options.packFolder, name), { trustedKeys: keys, appVersion: options.appVersion, builtIn: builtInPack() })
      if (result.ok) {
        verified.push({ value: result.value, fileName: name })
      } else {
        refused.push(result.reason)
      }
    }
    return { verified, refused }
  }

  async function active(): Promise<ActivePack> {
    const { verified, refused } = await storedPacks(await trustedKeys())
    const builtIn = builtInPack()
    const newest = verified.sort((a, b) => comparePacks(b.value.pack, a.value.pack))[0]
    const builtInRef = { version: builtIn.version, asOf: builtIn.asOf }
    return newest === undefined || comparePacks(newest.value.pack, builtIn) <= 0
      ? { pack: builtIn, origin: { ...builtInRef, source: 'built-in' }, builtIn: builtInRef, refused }
      : { pack: newest.value.pack, origin: originOf(newest.value, newest.fileName), builtIn: builtInRef, refused }
  }

  return {
    active,

    importFile: async (path) => {
      const read = await readPackFile(path)
      if (!read.ok) {
        return fail('invalid-document', `The rule pack was not imported: ${read.reason}.`)
      }
      const checked = verifyPackBytes(basename(path), read.bytes, read.signature, { trustedKeys: await trustedKeys(), appVersion: options.appVersion, builtIn: builtInPack() })
      if (!checked.ok) {
        return fail('invalid-document', `The rule pack was not imported: ${checked.reason}.`)
      }
      const target = join(options.packFolder, storedName(checked.value.pack))
      try {
        await fsp.mkdir(options.packFolder, { recursive: true })
        // The signature first: a pack without its .sig beside it is never used.
        await writeFileAtomic(signaturePathOf(target), `${checked.value.signature.toString('base64')}\n`)
        await writeFileAtomic(target, checked.value.bytes)
      } catch (error) {
        const code = (error as { code?: unknown } | null)?.code
        return fail('file-unwritable', `The rule pack was verified but could not be kept in the app's data folder (${typeof code === 'string' ? code : 'unknown error'}).`)
      }
      const now = await active()
      return ok({ status: 'imported', imported: originOf(checked.value, basename(path)), isInUse: now.origin.source === 'imported' && now.origin.version === checked.value.pack.version, active: now })
    },

    listKeys: async () => (await trustedKeys()).map(view),

    inspectKey: async (path) => {
      try {
        const key = await readKeyFile(path, 'user')
        pendingKey = key
        const isAlreadyTrusted = (await trustedKeys()).some((known) => known.fingerprint === key.fingerprint)
        return ok({ status: 'chosen', key: view(key), isAlreadyTrusted })
      } catch (error) {
        return fail('invalid-document', `The key was not read: ${error instanceof Error ? error.message : String(error)}.`)
      }
    },

    trustKey: async (fingerprint) => {
      const key = pendingKey
      if (key === undefined || key.fingerprint !== fingerprint) {
        return fail('not-found', 'That key is no longer the one chosen; choose the key file again.')
      }
      try {
        await fsp.mkdir(options.userKeyFolder, { recursive: true })
        // Kept under its own name; a different key of the same name gets its fingerprint's start added.
        const safe = key.name.replace(/[^0-9A-Za-z.-]/g, '_') || 'key'
        const taken = (await trustedKeys()).some((known) => known.origin === 'user' && known.name === safe)
        await writeFileAtomic(join(options.userKeyFolder, `${taken ? `${safe}-${fingerprint.replaceAll(' ', '').slice(0, 8)}` : safe}.pub`), key.pem)
      } catch {
        return fail('file-unwritable', "The key could not be kept in the app's data folder.")
      }
      pendingKey = undefined
      return ok((await trustedKeys()).map(view))
    },
  }
}
