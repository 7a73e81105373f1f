import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createRulePackStore } from '~electron/main/services/rule-pack-store'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { makeTestKey, packText, packWithExtraBuild, tempFolder, writePack, writePublicKey } from '~tests/support/rule-pack-files'

const key = makeTestKey()

async function storeIn(folder: string) {
  return createRulePackStore({
    packFolder: join(folder, 'rule-packs'),
    userKeyFolder: join(folder, 'trusted-keys'),
    releaseKeyFolder: join(folder, 'release-keys'),
    appVersion: '0.1.0',
    loadBuiltIn: () => BUILT_IN_PACK,
  })
}

describe('the rule pack store', () => {
  it('uses the built-in pack until a verified pack is imported', async () => {
    const store = await storeIn(await tempFolder())
    expect((await store.active()).origin).toEqual({ version: BUILT_IN_PACK.version, asOf: BUILT_IN_PACK.asOf, source: 'built-in' })
  })

  it('refuses a pack signed by a key that is not trusted, keeps nothing, and imports it once the key is trusted', async () => {
    const folder = await tempFolder()
    const store = await storeIn(folder)
    const pack = await writePack(folder, 'pack.json', packText(packWithExtraBuild()), key)
    const refused = await store.importFile(pack)
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-document', message: expect.stringContaining('signature does not check out') } })
    expect(await fsp.readdir(join(folder, 'rule-packs')).catch(() => [])).toEqual([])

    const inspected = await store.inspectKey(await writePublicKey(folder, 'contoso', key))
    expect(inspected.ok && inspected.value).toMatchObject({ status: 'chosen', key: { name: 'contoso', origin: 'user' }, isAlreadyTrusted: false })
    const fingerprint = inspected.ok ? inspected.value.key.fingerprint : ''
    expect(await store.trustKey('0000 0000 0000 0000 0000 0000 0000 0000 0000 0000 0000 0000 0000 0000 0000 0000')).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await store.trustKey(fingerprint)).toMatchObject({ ok: true, value: [{ name: 'contoso', fingerprint }] })

    const imported = await store.importFile(pack)
    expect(imported).toMatchObject({ ok: true, value: { status: 'imported', isInUse: true, imported: { version: '2027.01.20', fileName: 'pack.json', signer: { name: 'contoso' } } } })
    // Verified again from the stored copy (exact bytes and signature), in a new store over the same folders.
    const active = await (await storeIn(folder)).active()
    expect(active.origin).toMatchObject({ source: 'imported', version: '2027.01.20' })
    expect(active.pack.releases[0]?.version).toBe('2.6.99.0')
  })

  it('stops using a stored pack that was changed, and says why', async () => {
    const folder = await tempFolder()
    await fsp.mkdir(join(folder, 'release-keys'))
    await writePublicKey(join(folder, 'release-keys'), 'maintainers', key)
    const store = await storeIn(folder)
    expect((await store.importFile(await writePack(folder, 'pack.json', packText(packWithExtraBuild()), key))).ok).toBe(true)
    const stored = join(folder, 'rule-packs', '2027.01.20.json')
    await fsp.writeFile(stored, (await fsp.readFile(stored, 'utf8')).replace('2.6.99.0', '2.6.99.9'))
    const active = await store.active()
    expect(active.origin.source).toBe('built-in')
    expect(active.refused).toEqual([expect.stringContaining('2027.01.20.json: the signature does not check out')])
  })

  it('keeps the newest verified pack in use when an older (but not older than built-in) one is imported', async () => {
    const folder = await tempFolder()
    await fsp.mkdir(join(folder, 'release-keys'))
    await writePublicKey(join(folder, 'release-keys'), 'maintainers', key)
    const store = await storeIn(folder)
    await store.importFile(await writePack(folder, 'new.json', packText(packWithExtraBuild()), key))
    const middle = { ...packWithExtraBuild(), version: '2027.01.10', asOf: '2027-01-10' }
    const imported = await store.importFile(await writePack(folder, 'middle.json', packText(middle), key))
    expect(imported).toMatchObject({ ok: true, value: { isInUse: false, active: { origin: { version: '2027.01.20' } } } })
  })
})
