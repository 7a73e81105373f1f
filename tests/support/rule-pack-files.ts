/**
 * Rule pack files for tests: key pairs made per test (the repository holds no private key), packs
 * written and signed in a temporary folder, and a pack with one build more than the built-in one.
 */
import fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateSigningKeyPair, signPackBytes } from '~electron/node/rule-pack/sign'
export { packWithExtraBuild } from './rule-pack-data'

/** A key pair made for one test. */
export interface TestKey {
  readonly publicPem: string
  readonly privatePem: string
}

/** A new Ed25519 key pair. */
export function makeTestKey(): TestKey {
  return generateSigningKeyPair()
}

/** A fresh temporary folder. */
export function tempFolder(prefix = 'rule-pack-test-'): Promise<string> {
  return fsp.mkdtemp(join(tmpdir(), prefix))
}

/** Pack text as a maintainer would write it. */
export function packText(pack: unknown): string {
  return `${JSON.stringify(pack, null, 2)}\n`
}

/** Writes `content` as `folder/name` and, given a key, its `.sig`; returns the pack's path. */
export async function writePack(folder: string, name: string, content: string | Uint8Array, key?: TestKey): Promise<string> {
  const path = join(folder, name)
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content)
  await fsp.writeFile(path, bytes)
  if (key !== undefined) {
    await fsp.writeFile(`${path}.sig`, signPackBytes(bytes, key.privatePem))
  }
  return path
}

/** Writes a public key file `folder/name.pub`; returns its path. */
export async function writePublicKey(folder: string, name: string, key: TestKey): Promise<string> {
  const path = join(folder, `${name}.pub`)
  await fsp.writeFile(path, key.publicPem)
  return path
}
