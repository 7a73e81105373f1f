import { describe, expect, it } from 'vitest'
import { readTls12, tls12Script } from '~shared/rules/tls12-values'
import { makeDetails, TLS_OK } from './harness'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const THRESHOLDS = BUILT_IN_PACK.thresholds

describe('readTls12', () => {
  it('passes the eight required values', () => {
    expect(readTls12(makeDetails({ tls12: TLS_OK }), THRESHOLDS.tls12)).toEqual({ state: 'pass', wrong: [], missing: [] })
  })

  it('reports every value missing when tls12 is absent', () => {
    expect(readTls12(makeDetails(), THRESHOLDS.tls12)).toMatchObject({ state: 'unknown', missing: THRESHOLDS.tls12.map((spec) => spec.path) })
  })

  it('treats a null key as eight absent values, not unknown ones', () => {
    const reading = readTls12(makeDetails({ tls12: { ...TLS_OK, netFx64: null } }), THRESHOLDS.tls12)
    expect(reading).toMatchObject({ state: 'wrong', missing: [] })
    expect(reading.wrong).toHaveLength(2)
  })
})

describe('tls12Script', () => {
  it('creates each key once, only if missing, and sets all eight values', () => {
    const script = tls12Script(THRESHOLDS.tls12)
    expect(script.match(/Test-Path/g)).toHaveLength(4)
    expect(script.match(/New-ItemProperty/g)).toHaveLength(8)
    expect(script).toContain("-Name 'DisabledByDefault' -Value 0 -PropertyType DWord")
  })
})
