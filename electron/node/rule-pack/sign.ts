/**
 * Signing a rule pack (for the maintainers' offline signing and for tests): Ed25519 over the
 * file's exact bytes, written as one line of base64 in `<file>.sig`.
 */
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto'

/** The `.sig` text for `bytes` signed with the PEM (PKCS#8) Ed25519 private key. Throws a readable Error. */
export function signPackBytes(bytes: Uint8Array, privateKeyPem: string): string {
  let key
  try {
    key = createPrivateKey({ key: privateKeyPem, format: 'pem' })
  } catch {
    throw new Error('the signing key is not a PEM private key (expected "-----BEGIN PRIVATE KEY-----")')
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new Error(`the signing key is ${key.asymmetricKeyType ?? 'unknown'}; rule packs are signed with Ed25519`)
  }
  return `${sign(null, bytes, key).toString('base64')}\n`
}

/** A new Ed25519 key pair as PEM: the public key to publish, the private key to keep offline. */
export function generateSigningKeyPair(): { readonly publicPem: string; readonly privatePem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  return {
    publicPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  }
}
