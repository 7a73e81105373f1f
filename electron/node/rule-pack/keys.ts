/**
 * Ed25519 public keys that may sign rule packs: read from PEM (SPKI, `-----BEGIN PUBLIC KEY-----`,
 * what `openssl pkey -pubout` and `npm run pack:keygen` write), each shown by its fingerprint.
 */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto'
import fsp from 'node:fs/promises'
import { basename, join } from 'node:path'

/** Where a trusted key comes from: the app's release keys, or a key the user added. */
export type KeyOrigin = 'release' | 'user'

/** One public key the app trusts to sign packs. */
export interface TrustedKey {
  /** The key file's name without `.pub` (`maintainers-2026`). */
  readonly name: string
  readonly origin: KeyOrigin
  /** SHA-256 of the raw 32-byte public key, upper-case hex in groups of four. */
  readonly fingerprint: string
  readonly key: KeyObject
  /** The key as PEM text (what is written when the user trusts it). */
  readonly pem: string
}

/** A key file's size limit: a PEM Ed25519 public key is about 113 bytes. */
export const MAX_KEY_BYTES = 4096

/** The raw 32 bytes of an Ed25519 public key. */
export function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' })
  return Buffer.from(jwk.x ?? '', 'base64url')
}

/** The fingerprint people compare: SHA-256 of the raw public key, `3F2A 9C01 …` (16 groups). */
export function fingerprintOf(key: KeyObject): string {
  const hex = createHash('sha256').update(rawPublicKey(key)).digest('hex').toUpperCase()
  return hex.match(/.{4}/g)?.join(' ') ?? hex
}

/** Parses PEM text as an Ed25519 public key; `name` labels it. Throws a readable Error. */
export function parsePublicKey(pem: string, name: string, origin: KeyOrigin): TrustedKey {
  let key: KeyObject
  try {
    key = createPublicKey({ key: pem, format: 'pem' })
  } catch {
    throw new Error(`${name}: not a PEM public key (expected "-----BEGIN PUBLIC KEY-----")`)
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${name}: an ${key.asymmetricKeyType ?? 'unknown'} key; rule packs are signed with Ed25519 keys`)
  }
  return { name, origin, fingerprint: fingerprintOf(key), key, pem: key.export({ format: 'pem', type: 'spki' }).toString() }
}

/** Reads one key file (size-limited before reading). Throws a readable Error naming the file. */
export async function readKeyFile(path: string, origin: KeyOrigin): Promise<TrustedKey> {
  const name = basename(path).replace(/\.pub$/i, '')
  let size: number
  try {
    size = (await fsp.stat(path)).size
  } catch {
    throw new Error(`${basename(path)}: the file could not be read`)
  }
  if (size > MAX_KEY_BYTES) {
    throw new Error(`${basename(path)}: too large for a public key (${size} bytes)`)
  }
  return parsePublicKey(await fsp.readFile(path, 'utf8'), name, origin)
}

/** Every `*.pub` key in `folder` (a missing folder has none); a file that is not a key is listed in `problems`. */
export async function readKeyFolder(folder: string, origin: KeyOrigin): Promise<{ keys: TrustedKey[]; problems: string[] }> {
  let names: string[]
  try {
    names = (await fsp.readdir(folder)).filter((name) => name.toLowerCase().endsWith('.pub')).sort()
  } catch {
    return { keys: [], problems: [] }
  }
  const keys: TrustedKey[] = []
  const problems: string[] = []
  for (const name of names) {
    try {
      keys.push(await readKeyFile(join(folder, name), origin))
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error))
    }
  }
  return { keys, problems }
}
