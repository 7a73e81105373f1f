import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadBuiltInPack } from '~electron/node/rule-pack/built-in'
import { fingerprintOf, parsePublicKey, readKeyFolder } from '~electron/node/rule-pack/keys'
import { verifyPackFile, type TrustContext } from '~electron/node/rule-pack/verify-pack'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { makeTestKey, packText, packWithExtraBuild, tempFolder, writePack, writePublicKey } from '~tests/support/rule-pack-files'

const key = makeTestKey()
const otherKey = makeTestKey()
const trusted = parsePublicKey(key.publicPem, 'test-release', 'release')
const context: TrustContext = { trustedKeys: [trusted], appVersion: '0.1.0', builtIn: BUILT_IN_PACK }

afterEach(() => {
  vi.restoreAllMocks()
})

async function refusal(path: string, trust: TrustContext = context): Promise<string> {
  const result = await verifyPackFile(path, trust)
  if (result.ok) {
    throw new Error('the pack was accepted')
  }
  return result.reason
}

describe('verifyPackFile', () => {
  it('accepts a newer pack signed by a trusted key, naming the signer', async () => {
    const path = await writePack(await tempFolder(), 'pack.json', packText(packWithExtraBuild()), key)
    const result = await verifyPackFile(path, context)
    expect(result.ok && result.value.pack.version).toBe('2027.01.20')
    expect(result.ok && result.value.signer.fingerprint).toBe(trusted.fingerprint)
  })

  it('refuses a flipped byte', async () => {
    const folder = await tempFolder()
    const path = await writePack(folder, 'pack.json', packText(packWithExtraBuild()), key)
    const bytes = await fsp.readFile(path)
    bytes[100] = (bytes[100] ?? 0) ^ 0x01
    await fsp.writeFile(path, bytes)
    expect(await refusal(path)).toMatch(/^pack\.json: the signature does not check out .*changed after signing/)
  })

  it('refuses a pack signed by a key that is not trusted', async () => {
    const path = await writePack(await tempFolder(), 'pack.json', packText(packWithExtraBuild()), otherKey)
    expect(await refusal(path)).toContain('signed by a key this app does not trust')
    expect(await refusal(path, { ...context, trustedKeys: [] })).toContain('no key is trusted yet')
  })

  it('refuses a pack without its .sig', async () => {
    const path = await writePack(await tempFolder(), 'pack.json', packText(packWithExtraBuild()))
    expect(await refusal(path)).toBe('pack.json has no signature: pack.json.sig must be beside it')
  })

  it('refuses an unknown formatVersion, even signed', async () => {
    const path = await writePack(await tempFolder(), 'pack.json', packText({ ...packWithExtraBuild(), formatVersion: 2 }), key)
    expect(await refusal(path)).toMatch(/^pack\.json: formatVersion 2 is not one this app reads/)
  })

  it('refuses a pack whose requiresApp this app does not satisfy', async () => {
    const path = await writePack(await tempFolder(), 'pack.json', packText({ ...packWithExtraBuild(), requiresApp: '>=1.0.0' }), key)
    expect(await refusal(path)).toBe('pack.json: the pack requires app version >=1.0.0; this app is 0.1.0')
  })

  it('refuses a truncated pack (signed as truncated, so the signature holds)', async () => {
    const text = packText(packWithExtraBuild())
    const path = await writePack(await tempFolder(), 'pack.json', text.slice(0, 2000), key)
    expect(await refusal(path)).toBe('pack.json: the JSON ends early (the file looks truncated or empty)')
  })

  it('refuses a 50 MB pack by its size, before reading it', async () => {
    const folder = await tempFolder()
    const path = join(folder, 'huge.json')
    await fsp.writeFile(path, '')
    await fsp.truncate(path, 50 * 1024 * 1024)
    await fsp.writeFile(`${path}.sig`, 'AAAA')
    const readFile = vi.spyOn(fsp, 'readFile')
    expect(await refusal(path)).toBe('huge.json is 50.0 MB; a rule pack is at most 1 MB, so it was not read')
    expect(readFile).not.toHaveBeenCalled()
  })

  it('refuses a pack older than the built-in one', async () => {
    const older = { ...BUILT_IN_PACK, version: '2026.01.01', asOf: '2026-01-01' }
    const path = await writePack(await tempFolder(), 'old.json', packText(older), key)
    expect(await refusal(path)).toBe(`old.json: pack 2026.01.01 (facts as of 2026-01-01) is older than the app's built-in pack ${BUILT_IN_PACK.version} (as of ${BUILT_IN_PACK.asOf}); it is not used`)
  })

  it('refuses a field that fails the schema, naming it', async () => {
    const pack = packWithExtraBuild()
    const broken = { ...pack, releases: pack.releases.map((release, index) => (index === 3 ? { ...release, endOfSupport: 'soon' } : release)) }
    const path = await writePack(await tempFolder(), 'pack.json', packText(broken), key)
    expect(await refusal(path)).toBe('pack.json: releases[3].endOfSupport: expected an ISO date (YYYY-MM-DD)')
  })
})

describe('keys', () => {
  it('shows a key by the SHA-256 of its raw 32 bytes, in 16 groups', () => {
    expect(trusted.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){15}$/)
    expect(fingerprintOf(trusted.key)).toBe(trusted.fingerprint)
    expect(parsePublicKey(otherKey.publicPem, 'other', 'user').fingerprint).not.toBe(trusted.fingerprint)
  })

  it('reads a key folder, naming a file that is not a key', async () => {
    const folder = await tempFolder()
    await writePublicKey(folder, 'maintainers', key)
    await fsp.writeFile(join(folder, 'broken.pub'), 'not a key')
    const { keys, problems } = await readKeyFolder(folder, 'release')
    expect(keys.map((each) => each.name)).toEqual(['maintainers'])
    expect(problems).toEqual(['broken: not a PEM public key (expected "-----BEGIN PUBLIC KEY-----")'])
    expect(await readKeyFolder(join(folder, 'missing'), 'release')).toEqual({ keys: [], problems: [] })
  })

  it('refuses a private key given as a public one, and keys of other types', () => {
    expect(() => parsePublicKey('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n', 'x', 'user')).toThrow(/not a PEM public key/)
  })
})

describe('loadBuiltInPack', () => {
  it('puts the built-in pack through the one loader, and fails loudly when it would not load', () => {
    expect(loadBuiltInPack('0.1.0')).toEqual(BUILT_IN_PACK)
    expect(() => loadBuiltInPack('0.1.0', { ...BUILT_IN_PACK, asOf: 'never' })).toThrow('The built-in rule pack does not load: asOf: expected an ISO date (YYYY-MM-DD)')
  })
})
