/**
 * The evidence table in plain words: every fact a check reads on a collected server is named as
 * people say it (never by its field path), and a list of named items reads as their names.
 */
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { evidenceLabel, EvidenceTable, evidenceRows, formatEvidenceValue } from '~renderer/components/evidence-table'
import { assessServer } from '~shared/assess'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { installDetailsSchema } from '~shared/types/install-details'
import aadc01 from '~tests/fixtures/collector/aadc01-collector-output.json' with { type: 'json' }
import customized from '~tests/fixtures/collector/customized-collector-output.json' with { type: 'json' }
import expressDefault from '~tests/fixtures/collector/express-default-collector-output.json' with { type: 'json' }
import modifiedConfig from '~tests/fixtures/collector/modified-config-2-6-1-collector-output.json' with { type: 'json' }
import noAdsync from '~tests/fixtures/collector/no-adsync-collector-output.json' with { type: 'json' }

afterEach(cleanup)

/** Every collector fixture: what the collector writes on the servers it was tried on. */
const COLLECTOR_FIXTURES: Readonly<Record<string, unknown>> = {
  'aadc01-collector-output.json': aadc01,
  'customized-collector-output.json': customized,
  'express-default-collector-output.json': expressDefault,
  'modified-config-2-6-1-collector-output.json': modifiedConfig,
  'no-adsync-collector-output.json': noAdsync,
}
const FIELD_PATH = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/

function evidencePathsOf(file: string, document: unknown): readonly string[] {
  const details = installDetailsSchema.parse(document)
  const report = assessServer(details, '2026-11-26', BUILT_IN_PACK, { default: file })
  return [...new Set(report.findings.flatMap((finding) => evidenceRows(finding.evidence).map((row) => row.path)))]
}

describe('evidence labels', () => {
  for (const [file, document] of Object.entries(COLLECTOR_FIXTURES)) {
    it(`names every fact the checks read on ${file} in words, not as a field path`, () => {
      const unnamed = evidencePathsOf(file, document).filter((path) => FIELD_PATH.test(evidenceLabel(path)))
      expect(unnamed).toEqual([])
    })
  }
})

describe('formatEvidenceValue', () => {
  it('reads a list of named items as how many and the first names, not as their fields', () => {
    const rules = ['A', 'B', 'C', 'D', 'E', 'F'].map((name) => ({ name, identifier: `id-${name}`, precedence: 50 }))
    expect(formatEvidenceValue(rules)).toBe('6 in all: "A", "B", "C", "D" and 2 more')
  })

  it('names every item of a short list', () => {
    expect(formatEvidenceValue([{ name: 'contoso.com', type: 'AD' }, { name: 'contoso.onmicrosoft.com - AAD', type: 'Extensible2' }])).toBe('2 in all: "contoso.com", "contoso.onmicrosoft.com - AAD"')
  })

  it('reads an empty list as none', () => {
    expect(formatEvidenceValue([])).toBe('none')
  })

  it('keeps a list of plain values as the values', () => {
    expect(formatEvidenceValue(['OU=Staff,DC=contoso,DC=com', 'OU=Groups,DC=contoso,DC=com'])).toBe('OU=Staff,DC=contoso,DC=com, OU=Groups,DC=contoso,DC=com')
  })

  it('reads a list with an unnamed item part by part', () => {
    expect(formatEvidenceValue([{ name: 'A' }, { identifier: 'x' }])).toBe('name: A, identifier: x')
  })
})

describe('EvidenceTable', () => {
  it('shows the customized server’s sync rules as a count and names, under a name in words', () => {
    const evidence = { 'customizations.syncRules': { value: [{ name: 'In from AD - User Join', identifier: 'e751', isStandardRule: true }], from: 'AADC-CUSTOM.json' } }
    render(<EvidenceTable evidence={evidence} label="Evidence" />)
    const row = screen.getByRole('row', { name: /Sync rules/ })
    expect(within(row).getByText('1 in all: "In from AD - User Join"')).toBeTruthy()
    expect(screen.queryByText(/customizations\.syncRules|identifier|isStandardRule/)).toBeNull()
  })
})
