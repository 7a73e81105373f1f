import { describe, expect, it } from 'vitest'
import { factLeaves } from '~renderer/store/fact-leaves'
import { emptyInstallDetails } from '~shared/types/install-details'

describe('factLeaves', () => {
  it('lists every leaf fact with its dotted path, nulls included', () => {
    const details = { ...emptyInstallDetails(), server: { name: 'AADC01', os: { build: 17763 } }, connect: { autoUpgrade: { suspensionReason: null } } }
    expect(factLeaves(details)).toEqual([
      ['server.name', 'AADC01'],
      ['server.os.build', 17763],
      ['connect.autoUpgrade.suspensionReason', null],
    ])
  })

  it('keeps a list fact whole, as one fact (a practice scenario keeps its connectors)', () => {
    const connectors = [{ name: 'contoso.com', type: 'AD', partitions: [{ name: 'DC=contoso,DC=com' }] }]
    const details = { ...emptyInstallDetails(), server: { name: 'AADC01' }, customizations: { connectors } }
    expect(factLeaves(details)).toEqual([
      ['server.name', 'AADC01'],
      ['customizations.connectors', connectors],
    ])
  })

  it('leaves out kind and schemaVersion', () => {
    expect(factLeaves(emptyInstallDetails())).toEqual([])
  })
})
