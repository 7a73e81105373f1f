import { describe, expect, it } from 'vitest'
import { emptyInstallDetails } from '../../../../shared/types/install-details'
import { parseTypedFact, setFact, typedFactsFromDetails } from '../../../../renderer/src/store/typed-facts'

describe('parseTypedFact', () => {
  it('accepts a four-part version, trimmed', () => {
    expect(parseTypedFact('version', ' 2.4.27.0 ')).toEqual({ value: '2.4.27.0' })
  })

  it('rejects a three-part version', () => {
    expect(parseTypedFact('version', '2.4.27')).toHaveProperty('error')
  })

  it('reads empty text as unknown', () => {
    expect(parseTypedFact('osBuild', '  ')).toEqual({ value: undefined })
  })

  it('rejects a build that is not a whole number', () => {
    expect(parseTypedFact('osBuild', '17763.1')).toHaveProperty('error')
  })

  it('rejects a cloud the contract does not name', () => {
    expect(parseTypedFact('cloud', 'mars')).toHaveProperty('error')
  })

  it('accepts a PowerShell version of two parts', () => {
    expect(parseTypedFact('powershellVersion', '5.1')).toEqual({ value: '5.1' })
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

describe('typedFactsFromDetails', () => {
  it('gives each known fact as text and unknown ones as empty', () => {
    const details = { ...emptyInstallDetails(), server: { os: { build: 17763 } }, connect: { version: null } }
    expect(typedFactsFromDetails(details)).toEqual({
      version: '',
      cloud: '',
      osBuild: '17763',
      dotnetRelease: '',
      powershellVersion: '',
    })
  })
})
