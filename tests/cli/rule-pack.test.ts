import fsp from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { runCliForTest, useReleaseKeyFolder } from '../support/run-cli'
import { packInOldShape } from '../support/rule-pack-data'
import { makeTestKey, packText, packWithExtraBuild, tempFolder, writePack, writePublicKey } from '../support/rule-pack-files'

const SERVER = fileURLToPath(new URL('../fixtures/files/aadc01.json', import.meta.url))
const key = makeTestKey()

afterEach(() => useReleaseKeyFolder(undefined))

async function signedPack(pack: unknown = packWithExtraBuild()) {
  const folder = await tempFolder()
  return { folder, path: await writePack(folder, 'pack.json', packText(pack), key), keyPath: await writePublicKey(folder, 'org', key) }
}

describe('assess --rule-pack', () => {
  it('refuses a pack signed by a key that is not trusted, assessing nothing; uses it once the key is trusted', async () => {
    const { path, keyPath } = await signedPack()
    const refused = await runCliForTest('assess', SERVER, '--as-of', '2027-01-21', '--rule-pack', path)
    expect(refused.code).toBe(2)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toMatch(/rule pack refused: pack\.json: the signature does not check out \(no key is trusted yet\)/)

    const used = await runCliForTest('assess', SERVER, '--as-of', '2027-01-21', '--rule-pack', path, '--trust-key', keyPath)
    const document = JSON.parse(used.stdout) as { rulePack: Record<string, unknown>; servers: unknown[] }
    expect(document.rulePack).toEqual({ version: '2027.01.20', asOf: '2027-01-20', source: path, signer: expect.stringMatching(/^org \([0-9A-F ]{79}\)$/) })
    expect(document.servers).toHaveLength(1)
    expect(used.stderr).toBe('')
  })

  it('trusts release keys from the release key folder', async () => {
    const { folder, path } = await signedPack()
    useReleaseKeyFolder(folder)
    const used = await runCliForTest('assess', SERVER, '--as-of', '2027-01-21', '--rule-pack', path, '--format', 'text')
    expect(used.stdout).toContain('(rule pack 2027.01.20)')
  })

  it('refuses a tampered copy', async () => {
    const { path, keyPath } = await signedPack()
    const text = await fsp.readFile(path, 'utf8')
    await fsp.writeFile(path, text.replace('"2.6.99.0"', '"2.6.99.1"'))
    const refused = await runCliForTest('assess', SERVER, '--rule-pack', path, '--trust-key', keyPath)
    expect(refused.code).toBe(2)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toContain('changed after signing')
  })

  it('refuses a pack older than the built-in one, even signed and trusted', async () => {
    const { path, keyPath } = await signedPack({ ...BUILT_IN_PACK, version: '2025.01.01', asOf: '2025-01-01' })
    const refused = await runCliForTest('assess', SERVER, '--rule-pack', path, '--trust-key', keyPath)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('is older than the app\'s built-in pack')
  })
})

describe('rulePack in every output', () => {
  it('names the built-in pack, and says once on stderr when it is stale, changing no finding', async () => {
    const fresh = await runCliForTest('assess', SERVER, '--as-of', BUILT_IN_PACK.asOf)
    const fresher = JSON.parse(fresh.stdout) as { rulePack: unknown; servers: { findings: unknown[] }[] }
    expect(fresher.rulePack).toEqual({ version: BUILT_IN_PACK.version, asOf: BUILT_IN_PACK.asOf, source: 'built-in', signer: null })
    expect(fresh.stderr).toBe('')

    const late = await runCliForTest('assess', SERVER, '--as-of', '2027-06-01')
    const stale = JSON.parse(late.stdout) as { rulePack: { stale?: boolean } }
    expect(stale.rulePack.stale).toBe(true)
    expect(late.stderr.trim().split('\n')).toHaveLength(1)
    expect(late.stderr).toMatch(/rule pack .* days older than the as-of date 2027-06-01 .*may be out of date/)
  })

  it('names the pack in the reports', async () => {
    const html = await runCliForTest('assess', SERVER, '--as-of', '2027-06-01', '--format', 'markdown')
    expect(html.stdout).toContain(`Rule pack ${BUILT_IN_PACK.version}`)
    expect(html.stdout).toContain('the rules may be out of date')
  })
})

describe('pack verify, info and diff', () => {
  it('verify exits 0 only for a pack the app would use', async () => {
    const { path, keyPath } = await signedPack()
    expect((await runCliForTest('pack', 'verify', path)).code).toBe(2)
    const verified = await runCliForTest('pack', 'verify', path, '--trust-key', keyPath)
    expect(verified.code).toBe(0)
    expect(verified.stdout).toMatch(/^pack\.json: rule pack 2027\.01\.20 \(facts as of 2027-01-20\) verified, signed by org/)
    await fsp.rm(`${path}.sig`)
    const unsigned = await runCliForTest('pack', 'verify', path, '--trust-key', keyPath)
    expect(unsigned.code).toBe(2)
    expect(unsigned.stderr).toContain('pack.json has no signature')
  })

  it('info shows the built-in pack, its age and the trusted keys with fingerprints', async () => {
    const { keyPath } = await signedPack()
    const info = await runCliForTest('pack', 'info', '--trust-key', keyPath)
    expect(info.code).toBe(0)
    expect(info.stdout).toContain(`Rule pack ${BUILT_IN_PACK.version}`)
    expect(info.stdout).toContain('source        built-in')
    expect(info.stdout).toMatch(/trust-key {2}org \([0-9A-F]{4}( [0-9A-F]{4}){15}\)/)
  })

  it('diff lists the build a newer pack adds', async () => {
    const { path } = await signedPack()
    const diff = await runCliForTest('pack', 'diff', 'built-in', path)
    expect(diff.code).toBe(0)
    expect(diff.stdout.split('\n')[0]).toBe(`Rule pack ${BUILT_IN_PACK.version} (as of ${BUILT_IN_PACK.asOf}) → 2027.01.20 (as of 2027-01-20): 1 change`)
    expect(diff.stdout).toContain('+ releases[2.6.99.0]')
    const json = JSON.parse((await runCliForTest('pack', 'diff', 'built-in', path, '--format', 'json')).stdout) as { changes: { path: string }[] }
    expect(json.changes.map((change) => change.path)).toEqual(['releases[2.6.99.0]'])
  })

  it('diff finds no change between a pack in the old shape (the tool limits twice) and the same pack in the new', async () => {
    const folder = await tempFolder()
    const old = await writePack(folder, 'old-shape.json', packText(packInOldShape()))
    const current = await writePack(folder, 'new-shape.json', packText(BUILT_IN_PACK))
    const diff = await runCliForTest('pack', 'diff', old, current, '--format', 'json')
    expect(diff.code).toBe(0)
    expect((JSON.parse(diff.stdout) as { changes: unknown[] }).changes).toEqual([])
    expect((JSON.parse((await runCliForTest('pack', 'diff', current, old, '--format', 'json')).stdout) as { changes: unknown[] }).changes).toEqual([])
  })

  it('usage errors exit 2', async () => {
    expect((await runCliForTest('pack', 'diff', 'built-in')).code).toBe(2)
    expect((await runCliForTest('pack', 'frobnicate')).code).toBe(2)
  })
})
