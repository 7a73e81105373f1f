import { describe, expect, it } from 'vitest'
import { toContractDocument } from '~shared/report/fleet-input'
import { fleetOf, sampleFleet, serverFromFile } from '~tests/support/report-fleet'

describe('toContractDocument', () => {
  it('gives the contract document: its keys in order, the servers in input order', () => {
    const document = toContractDocument(sampleFleet())
    expect(Object.keys(document)).toEqual(['schemaVersion', 'asOf', 'rulePack', 'servers', 'errors'])
    expect(document.servers.map((server) => server.name)).toEqual(['AADC01', 'AADC-STAGING', 'V1-2012R2'])
    expect(Object.keys(document.servers[0] ?? {})).toEqual(['source', 'name', 'verdict', 'findings', 'customizations'])
  })

  it('keeps conflicts when there are some, and the errors', () => {
    const conflicts = [{ path: 'connect.stagingModeEnabled', values: [{ value: false, from: 'a.json' }, { value: true, from: 'b.txt line 10' }] }]
    const document = toContractDocument(fleetOf([serverFromFile('tests/fixtures/files/aadc01.json', { conflicts })], [{ source: 'x.json', message: 'x.json: broken' }]))
    expect(document.servers[0]?.conflicts).toEqual(conflicts)
    expect(document.errors).toEqual([{ source: 'x.json', message: 'x.json: broken' }])
  })

  it('puts conflicts before the customizations view, as the command line writes them', () => {
    const conflicts = [{ path: 'connect.stagingModeEnabled', values: [{ value: false, from: 'a.json' }, { value: true, from: 'b.txt line 10' }] }]
    const document = toContractDocument(fleetOf([serverFromFile('tests/fixtures/files/aadc01.json', { conflicts })]))
    expect(Object.keys(document.servers[0] ?? {})).toEqual(['source', 'name', 'verdict', 'findings', 'conflicts', 'customizations'])
  })
})
