import { describe, expect, it } from 'vitest'
import { toContractDocument } from '~shared/report/fleet-input'
import { formatJson } from '~shared/report/format-json'
import { sampleFleet } from '~tests/support/report-fleet'

describe('formatJson', () => {
  it('prints the contract document with two-space indentation and a final newline', () => {
    const document = toContractDocument(sampleFleet())
    const text = formatJson(document)
    expect(text).toBe(`${JSON.stringify(document, null, 2)}\n`)
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(document)))
  })
})
