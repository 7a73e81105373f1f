import { describe, expect, it } from 'vitest'
import { emptyInstallDetails } from '~shared/types/install-details'
import { factToText, parseTypedFact, setFact } from '~renderer/store/typed-facts'
import { validateInstallDetails } from '~shared/import/merge-inputs'

describe('parseTypedFact', () => {
  it('accepts a four-part version, trimmed', () => {
    expect(parseTypedFact('version', ' 2.4.27.0 ', validateInstallDetails)).toEqual({ value: '2.4.27.0' })
  })

  it('rejects a three-part version', () => {
    expect(parseTypedFact('serverConfigurationVersion', '2.4.27', validateInstallDetails)).toEqual({ error: 'Enter all four parts, such as 2.4.27.0.' })
  })

  it('reads empty text as unknown', () => {
    expect(parseTypedFact('osBuild', '  ', validateInstallDetails)).toEqual({ value: undefined })
  })

  it('rejects a build that is not a whole number, quoting an example', () => {
    expect(parseTypedFact('osBuild', '17763.1', validateInstallDetails)).toEqual({ error: 'Enter a whole number such as 17763.' })
  })

  it('accepts a decimal amount of memory', () => {
    expect(parseTypedFact('memoryGb', '15.5', validateInstallDetails)).toEqual({ value: 15.5 })
  })

  it('rejects a value a choice does not list', () => {
    expect(parseTypedFact('cloud', 'mars', validateInstallDetails)).toHaveProperty('error')
    expect(parseTypedFact('signInMethod', 'FederationAdfs', validateInstallDetails)).toEqual({ value: 'FederationAdfs' })
  })

  it('reads yes/no as booleans', () => {
    expect(parseTypedFact('hybridJoin', 'true', validateInstallDetails)).toEqual({ value: true })
    expect(parseTypedFact('hybridJoin', 'maybe', validateInstallDetails)).toHaveProperty('error')
  })

  it('reads a TLS value: 1, 0, or not set (null)', () => {
    expect(parseTypedFact('tlsServerEnabled', '1', validateInstallDetails)).toEqual({ value: 1 })
    expect(parseTypedFact('tlsServerEnabled', 'absent', validateInstallDetails)).toEqual({ value: null })
    expect(parseTypedFact('tlsServerEnabled', '-1', validateInstallDetails)).toHaveProperty('error')
  })

  it('accepts a PowerShell version of two parts', () => {
    expect(parseTypedFact('powershellVersion', '5.1', validateInstallDetails)).toEqual({ value: '5.1' })
  })

  it('checks the collection time against the contract’s schema', () => {
    expect(parseTypedFact('collectedAt', '2026-11-20T10:04:00Z', validateInstallDetails)).toEqual({ value: '2026-11-20T10:04:00Z' })
    expect(parseTypedFact('collectedAt', 'yesterday', validateInstallDetails)).toEqual({ error: 'Enter a date and time with its zone, such as 2026-11-20T10:04:00Z.' })
  })

  it('refuses text longer than the contract holds', () => {
    expect(parseTypedFact('serverName', 'x'.repeat(600), validateInstallDetails)).toEqual({ error: 'Keep it under 512 characters.' })
  })
})

describe('factToText', () => {
  it('shows a value as the form’s text; a TLS null is "absent", any other null unknown', () => {
    expect(factToText('dotnetRelease', 528449)).toBe('528449')
    expect(factToText('syncCycleEnabled', false)).toBe('false')
    expect(factToText('tlsClientEnabled', null)).toBe('absent')
    expect(factToText('sqlVersion', null)).toBe('')
    expect(factToText('version', undefined)).toBe('')
  })
})

describe('setFact', () => {
  it('sets a nested fact and keeps its siblings', () => {
    const details = { ...emptyInstallDetails(), connect: { cloud: 'gcc' as const } }
    expect(setFact(details, 'connect.version', '2.4.27.0').connect).toEqual({ cloud: 'gcc', version: '2.4.27.0' })
  })

  it('removes a fact set to undefined without touching the original', () => {
    const details = { ...emptyInstallDetails(), dotnet: { release: 528449 } }
    expect(setFact(details, 'dotnet.release', undefined).dotnet).toEqual({})
    expect(details.dotnet.release).toBe(528449)
  })
})
