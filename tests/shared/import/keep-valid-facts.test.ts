import { describe, expect, it } from 'vitest'
import { validateInstallDetails } from '~shared/import/merge-inputs'
import { keepValidFacts, type DocumentCheck } from '~shared/import/keep-valid-facts'
import { installDetailsSchema } from '~shared/types/install-details'

const base = { kind: 'entra-connect-install-details', schemaVersion: 1 }

const check: DocumentCheck = (document) => {
  const parsed = installDetailsSchema.safeParse(document)
  return parsed.success ? { ok: true, details: parsed.data } : { ok: false, issues: parsed.error.issues }
}

describe('keepValidFacts', () => {
  it('leaves out one bad field and keeps the others', () => {
    const document = { ...base, server: { name: 'AADC01' }, connect: { version: 'banana', stagingModeEnabled: false } }
    const kept = keepValidFacts(document, check)
    expect(kept.ok && kept.details).toEqual({ ...base, server: { name: 'AADC01' }, connect: { stagingModeEnabled: false } })
    expect(kept.ok && kept.dropped).toEqual([{ path: 'connect.version', problem: 'must be a four-part version such as 2.4.18.0', value: 'banana' }])
    expect(validateInstallDetails(kept.ok ? { ...kept.details } : {}).ok).toBe(true)
  })

  it('leaves out a nested bad field and keeps its siblings', () => {
    const document = { ...base, server: { name: 'AADC01', os: { build: -5, caption: 'Windows Server 2019' } } }
    const kept = keepValidFacts(document, check)
    expect(kept.ok && kept.details.server).toEqual({ name: 'AADC01', os: { caption: 'Windows Server 2019' } })
    expect(kept.ok && kept.dropped.map((field) => field.path)).toEqual(['server.os.build'])
  })

  it('leaves out each of several bad fields', () => {
    const document = { ...base, server: { name: 'AADC01' }, connect: { cloud: 'mars', stagingModeEnabled: 'yes', version: '2.4.27.0' } }
    const kept = keepValidFacts(document, check)
    expect(kept.ok && kept.dropped.map((field) => field.path).sort()).toEqual(['connect.cloud', 'connect.stagingModeEnabled'])
    expect(kept.ok && kept.details.connect).toEqual({ version: '2.4.27.0' })
  })

  it('refuses the file when no valid fact is left', () => {
    const kept = keepValidFacts({ ...base, connect: { version: 'banana', cloud: 'mars' } }, check)
    expect(kept.ok).toBe(false)
    expect(!kept.ok && kept.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['connect.cloud', 'connect.version'])
  })

  it('refuses the file when what it is (its kind or schema version) is wrong', () => {
    const kept = keepValidFacts({ kind: 'entra-connect-install-details', schemaVersion: 9, server: { name: 'AADC01' } }, check)
    expect(kept.ok).toBe(false)
  })

  it('does not change the document it is given', () => {
    const document = { ...base, server: { name: 'AADC01' }, connect: { version: 'banana' } }
    keepValidFacts(document, check)
    expect(document.connect).toEqual({ version: 'banana' })
  })

  it('gives a valid document back whole, with nothing left out', () => {
    const kept = keepValidFacts({ ...base, connect: { version: '2.4.27.0' } }, check)
    expect(kept).toEqual({ ok: true, details: { ...base, connect: { version: '2.4.27.0' } }, dropped: [] })
  })
})
