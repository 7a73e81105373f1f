/**
 * Whole-server scenarios: each fixture under tests/fixtures/scenarios is a contract-format
 * document; expectations.json gives its verdict and every rule's status at one or more dates.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assessServer } from '~shared/assess'
import { ALL_RULES } from '~shared/rules/index'
import { installDetailsSchema } from '~shared/types/install-details'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

interface Expectation {
  readonly asOf: string
  readonly verdict: string
  readonly statuses: Readonly<Record<string, string>>
  readonly data?: Readonly<Record<string, Readonly<Record<string, unknown>>>>
}

const FOLDER = join(__dirname, '..', '..', 'fixtures', 'scenarios')
const EXPECTATIONS = JSON.parse(readFileSync(join(FOLDER, 'expectations.json'), 'utf8')) as {
  readonly scenarios: Readonly<Record<string, readonly Expectation[]>>
}
const FIXTURES = readdirSync(FOLDER)
  .filter((file) => file.endsWith('.json') && file !== 'expectations.json')
  .map((file) => file.replace(/\.json$/, ''))

function load(name: string) {
  return installDetailsSchema.parse(JSON.parse(readFileSync(join(FOLDER, `${name}.json`), 'utf8')))
}

describe('scenario fixtures', () => {
  it('number at least fifteen, each with expectations, and no expectation without a fixture', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(15)
    expect(Object.keys(EXPECTATIONS.scenarios).sort()).toEqual([...FIXTURES].sort())
  })

  it('give every rule id a status in every expectation', () => {
    for (const expectations of Object.values(EXPECTATIONS.scenarios)) {
      for (const expectation of expectations) {
        expect(Object.keys(expectation.statuses)).toEqual(ALL_RULES.map((rule) => rule.id))
      }
    }
  })
})

describe.each(FIXTURES)('scenario %s', (name) => {
  const details = load(name)
  it.each(EXPECTATIONS.scenarios[name] ?? [])('as of $asOf is $verdict', (expectation) => {
    const report = assessServer(details, expectation.asOf, BUILT_IN_PACK)
    const statuses = Object.fromEntries(report.findings.map((finding) => [finding.ruleId, finding.status]))
    expect(statuses).toEqual(expectation.statuses)
    expect(report.verdict).toBe(expectation.verdict)
    for (const [ruleId, data] of Object.entries(expectation.data ?? {})) {
      expect(report.findings.find((finding) => finding.ruleId === ruleId)?.data, ruleId).toMatchObject(data)
    }
  })
})
