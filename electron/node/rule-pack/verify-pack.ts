/**
 * The trust path every rule pack file takes before the app or the command line uses it: size,
 * signature (Ed25519 over the file's exact bytes, against the trusted keys), UTF-8, the one
 * loader (kind, formatVersion, requiresApp, every field), then "not older than the built-in pack".
 */
import { verify } from 'node:crypto'
import { basename } from 'node:path'
import { comparePacks, parseRulePack } from '~shared/rules/pack/load-pack'
import type { RulePackFile } from '~shared/rules/pack/types'
import type { TrustedKey } from './keys'
import { readPackFile } from './read-pack-file'

/** What a pack is checked against. */
export interface TrustContext {
  readonly trustedKeys: readonly TrustedKey[]
  readonly appVersion: string
  /** The built-in pack: an older pack is refused, never used silently. */
  readonly builtIn: RulePackFile
}

/** A pack that passed every check, and the key that signed it. */
export interface VerifiedPack {
  readonly pack: RulePackFile
  readonly signer: TrustedKey
  /** The file's exact bytes (kept as they are when the app stores an imported pack). */
  readonly bytes: Buffer
  readonly signature: Buffer
}

/** A verified pack, or why it is refused (one sentence, naming the file). */
export type VerifyResult = { readonly ok: true; readonly value: VerifiedPack } | { readonly ok: false; readonly reason: string }

/** The trusted key whose signature over `bytes` checks out, if any. */
export function findSigner(bytes: Buffer, signature: Buffer, keys: readonly TrustedKey[]): TrustedKey | undefined {
  return keys.find((candidate) => {
    try {
      return verify(null, bytes, candidate.key, signature)
    } catch {
      return false
    }
  })
}

/** Checks bytes already read (and their signature) exactly as {@link verifyPackFile} does; `name` labels messages. */
export function verifyPackBytes(name: string, bytes: Buffer, signature: Buffer, context: TrustContext): VerifyResult {
  const signer = findSigner(bytes, signature, context.trustedKeys)
  if (signer === undefined) {
    const known = context.trustedKeys.length === 0 ? 'no key is trusted yet' : `checked against ${context.trustedKeys.length} trusted key${context.trustedKeys.length === 1 ? '' : 's'}`
    return { ok: false, reason: `${name}: the signature does not check out (${known}): the pack was changed after signing, or it is signed by a key this app does not trust` }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, reason: `${name}: not UTF-8 text` }
  }
  const loaded = parseRulePack(text, context.appVersion)
  if (!loaded.ok) {
    return { ok: false, reason: `${name}: ${loaded.reason}` }
  }
  const { pack } = loaded
  if (comparePacks(pack, context.builtIn) < 0) {
    return {
      ok: false,
      reason: `${name}: pack ${pack.version} (facts as of ${pack.asOf}) is older than the app's built-in pack ${context.builtIn.version} (as of ${context.builtIn.asOf}); it is not used`,
    }
  }
  return { ok: true, value: { pack, signer, bytes, signature } }
}

/** Reads and checks the pack at `path` and its `.sig`. Never throws. */
export async function verifyPackFile(path: string, context: TrustContext): Promise<VerifyResult> {
  const read = await readPackFile(path)
  if (!read.ok) {
    return read
  }
  return verifyPackBytes(basename(path), read.bytes, read.signature, context)
}
