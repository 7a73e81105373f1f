import { describe, expect, it } from 'vitest'
import { stagingPath } from '~shared/staging/staging-path'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { formatIsoDate } from '~shared/dates/iso-date'

describe('stagingPath', () => {
  it('is the workaround when the msonline rule warns or fails', () => {
    expect(stagingPath('2.3.20.0', 'warn', 'Desktop', '2025-06-02', BUILT_IN_PACK, formatIsoDate).kind).toBe('workaround')
    expect(stagingPath('2.3.20.0', 'fail', 'Core', '2025-06-02', BUILT_IN_PACK, formatIsoDate)).toMatchObject({ kind: 'workaround', isCoreReported: true })
  })

  it('is the wizard from 2.4.18.0 on', () => {
    expect(stagingPath('2.4.18.0', 'not-applicable', 'Desktop', '2026-11-26', BUILT_IN_PACK, formatIsoDate).kind).toBe('wizard')
  })

  it('is the wizard until the retirement date for an affected build', () => {
    expect(stagingPath('2.3.20.0', 'not-applicable', 'Desktop', '2025-04-29', BUILT_IN_PACK, formatIsoDate)).toMatchObject({ kind: 'not-yet' })
  })

  it('is upgrade first on a V1 build', () => {
    expect(stagingPath('1.6.16.0', 'not-applicable', 'Desktop', '2026-11-26', BUILT_IN_PACK, formatIsoDate).kind).toBe('upgrade-first')
  })

  it('is unknown without a version', () => {
    expect(stagingPath(undefined, 'unknown', undefined, '2026-11-26', BUILT_IN_PACK, formatIsoDate).kind).toBe('unknown')
  })
})
