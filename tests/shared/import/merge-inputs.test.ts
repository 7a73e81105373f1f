import { describe, expect, it } from 'vitest'
import { mergeInputs } from '~shared/import/merge-inputs'
import { mergeFacts, type DetailsValidator } from '~shared/import/merge-facts'
import type { InstallDetails } from '~shared/types/install-details'

describe('mergeInputs', () => {
  it('merges facts from several inputs with the source of each', () => {
    const result = mergeInputs([
      { source: 'aadc01.json', facts: [{ path: 'connect.version', value: '2.4.27.0' }] },
      { source: 'scheduler.txt', facts: [{ path: 'connect.syncCycleEnabled', value: true, line: 7 }] },
    ])
    expect(result.details.connect).toEqual({ version: '2.4.27.0', syncCycleEnabled: true })
    expect(result.provenance).toEqual({ 'connect.version': 'aadc01.json', 'connect.syncCycleEnabled': 'scheduler.txt line 7' })
    expect(result.conflicts).toEqual([])
  })

  it('lets the later input win and shows the disagreement', () => {
    const result = mergeInputs([
      { source: 'aadc01.json', facts: [{ path: 'connect.stagingModeEnabled', value: false }] },
      { source: 'scheduler.txt', facts: [{ path: 'connect.stagingModeEnabled', value: true, line: 10 }] },
    ])
    expect(result.details.connect?.stagingModeEnabled).toBe(true)
    expect(result.conflicts).toEqual([
      {
        path: 'connect.stagingModeEnabled',
        values: [
          { value: false, from: 'aadc01.json' },
          { value: true, from: 'scheduler.txt line 10' },
        ],
      },
    ])
  })

  it('does not report agreeing sources as a conflict', () => {
    const result = mergeInputs([
      { source: 'a', facts: [{ path: 'dotnet.release', value: 528449 }] },
      { source: 'b', facts: [{ path: 'dotnet.release', value: 528449 }] },
    ])
    expect(result.conflicts).toEqual([])
    expect(result.provenance['dotnet.release']).toBe('b')
  })

  it('drops only a field the schema cannot hold, keeping the rest', () => {
    const result = mergeInputs([
      { source: 'typed in', facts: [{ path: 'connect.version', value: '2.4' }, { path: 'dotnet.release', value: 528449 }] },
    ])
    expect(result.details.connect?.version).toBeUndefined()
    expect(result.details.dotnet?.release).toBe(528449)
    expect(result.provenance).toEqual({ 'dotnet.release': 'typed in' })
  })

  it('ignores prototype-polluting paths', () => {
    const result = mergeInputs([{ source: 'x', facts: [{ path: '__proto__.polluted', value: true }] }])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(result.details.kind).toBe('entra-connect-install-details')
  })
})

describe('mergeFacts (the merge without zod, the schema check passed in)', () => {
  it('merges no facts into the bare document without a schema check, as mergeInputs does with one', () => {
    const bare = mergeFacts([{ source: 'AADC01.json', facts: [] }], undefined)
    expect(bare).toEqual({ details: { kind: 'entra-connect-install-details', schemaVersion: 1 }, provenance: {}, conflicts: [] })
    expect(mergeInputs([{ source: 'AADC01.json', facts: [] }])).toEqual(bare)
    expect(mergeFacts([], undefined)).toEqual(bare)
  })

  it('refuses facts without a schema check to hold them to', () => {
    expect(() => mergeFacts([{ source: 'typed in', facts: [{ path: 'connect.version', value: '2.4.27.0' }] }], undefined)).toThrow(/no schema check/)
  })

  it('drops only the fields the check names and keeps the rest', () => {
    const validate: DetailsValidator = (document) =>
      (document.connect as { version?: unknown } | undefined)?.version === undefined
        ? { ok: true, details: document as InstallDetails }
        : { ok: false, failedPaths: ['connect.version'] }
    const merged = mergeFacts([{ source: 'typed in', facts: [{ path: 'connect.version', value: 'x' }, { path: 'connect.cloud', value: 'usgov' }] }], validate)
    expect(merged.details.connect).toEqual({ cloud: 'usgov' })
    expect(merged.provenance).toEqual({ 'connect.cloud': 'typed in' })
  })
})
