/**
 * `npm run pack:sign -- PACK --key KEYFILE` (or the key's PEM text in RULE_PACK_SIGNING_KEY):
 * writes PACK.sig, an Ed25519 signature over PACK's exact bytes. The private key is read from a
 * file or the environment, never from the repository; run it on the offline signing machine.
 * `npm run pack:sign -- --new-key NAME` writes a new key pair: NAME.pub (publish it, commit it
 * to build/rule-pack-keys/) and NAME.key (keep it offline; never commit it).
 */
import fsp from 'node:fs/promises'
import { basename } from 'node:path'
import { fingerprintOf, parsePublicKey } from '../keys'
import { MAX_PACK_BYTES } from '../read-pack-file'
import { generateSigningKeyPair, signPackBytes } from '../sign'

const USAGE = 'Usage: npm run pack:sign -- PACK --key PRIVATE_KEY_FILE   (or set RULE_PACK_SIGNING_KEY to the PEM text)\n       npm run pack:sign -- --new-key NAME'

async function newKey(name: string): Promise<void> {
  const pair = generateSigningKeyPair()
  await fsp.writeFile(`${name}.key`, pair.privatePem, { mode: 0o600, flag: 'wx' })
  await fsp.writeFile(`${name}.pub`, pair.publicPem, { flag: 'wx' })
  const fingerprint = fingerprintOf(parsePublicKey(pair.publicPem, name, 'release').key)
  process.stdout.write(`Wrote ${name}.pub (publish) and ${name}.key (keep offline).\nFingerprint: ${fingerprint}\n`)
}

async function sign(pack: string, keyFile: string | undefined): Promise<void> {
  const pem = keyFile === undefined ? process.env.RULE_PACK_SIGNING_KEY : await fsp.readFile(keyFile, 'utf8')
  if (pem === undefined || pem.trim() === '') {
    throw new Error(`no signing key: give --key FILE or set RULE_PACK_SIGNING_KEY\n${USAGE}`)
  }
  const bytes = await fsp.readFile(pack)
  if (bytes.length > MAX_PACK_BYTES) {
    throw new Error(`${basename(pack)} is larger than 1 MB; the app would refuse it`)
  }
  await fsp.writeFile(`${pack}.sig`, signPackBytes(bytes, pem))
  process.stdout.write(`Wrote ${pack}.sig\n`)
}

async function main(argv: readonly string[]): Promise<void> {
  const newKeyAt = argv.indexOf('--new-key')
  if (newKeyAt !== -1) {
    const name = argv[newKeyAt + 1]
    if (name === undefined) {
      throw new Error(USAGE)
    }
    return newKey(name)
  }
  const keyAt = argv.indexOf('--key')
  const keyFile = keyAt === -1 ? undefined : argv[keyAt + 1]
  const packs = keyAt === -1 ? [...argv] : argv.filter((_arg, index) => index !== keyAt && index !== keyAt + 1)
  if (packs.length !== 1 || packs[0] === undefined || (keyAt !== -1 && keyFile === undefined)) {
    throw new Error(USAGE)
  }
  return sign(packs[0], keyFile)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`pack:sign: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 2
})
