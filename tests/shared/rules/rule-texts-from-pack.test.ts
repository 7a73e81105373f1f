/**
 * Rules are code, facts are data: no rule text (nor the glossary) writes a build number or a date
 * itself; the pack's values fill them, and a different pack gives different texts.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatIsoDate } from '~shared/dates/iso-date'
import { GLOSSARY, glossaryEntries } from '~shared/glossary'
import { buildRuleCatalogue } from '~shared/report/rule-catalogue'
import { evaluateRules } from '~shared/rules/evaluate'
import { ALL_RULES } from '~shared/rules/index'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import type { RulePackFile } from '~shared/rules/pack/types'
import { ruleTexts } from '~shared/rules/rule-texts'
import type { Rule } from '~shared/rules/types'
import { appAuth2027 } from '~shared/rules/version/app-auth-2027'
import { endOfSupport } from '~shared/rules/version/end-of-support'
import { v1Retired } from '~shared/rules/version/v1-retired'
import type { InstallDetails } from '~shared/types/install-details'

const FOUR_PART_VERSION = /\b\d+\.\d+\.\d+\.\d+\b/
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?'
/** "7 Apr 2027", "7 April 2027", "April 7, 2027". */
const WRITTEN_DATE = new RegExp(`\\b\\d{1,2} ${MONTH} \\d{4}\\b|\\b${MONTH} \\d{1,2},? \\d{4}\\b`)
const PLACEHOLDER = /\{[A-Za-z0-9_]+(?:\|[a-z]+)?\}/

/** Every text a rule carries, each with where it is. */
function textsOf(rule: Rule): readonly (readonly [string, string])[] {
  return [
    ['title', rule.title],
    ['why', rule.why],
    ...(rule.caveat === undefined ? [] : [['caveat', rule.caveat] as const]),
    ...Object.entries(rule.messages).map(([id, text]) => [`messages.${id}`, text] as const),
    ...Object.entries(rule.headlines ?? {}).map(([id, text]) => [`headlines.${id}`, text] as const),
    ...Object.entries(rule.remediation ?? {}).flatMap(([id, steps]) => steps.map((step, index) => [`remediation.${id}[${index}]`, step.text] as const)),
  ]
}

function factsWritten(text: string): string | undefined {
  return FOUR_PART_VERSION.exec(text)?.[0] ?? WRITTEN_DATE.exec(text)?.[0]
}

/** `shared/rules` source files, but the pack's own (its schema, types and data) and the source list. */
function ruleSourceFiles(folder: string): readonly string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      return entry.name === 'pack' ? [] : ruleSourceFiles(path)
    }
    return entry.name.endsWith('.ts') && entry.name !== 'sources.ts' ? [path] : []
  })
}

/** The lines of `source` that are code, not comments (JSDoc and `//` comments may keep their dates). */
function codeLines(source: string): readonly string[] {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .map((line) => line.replace(/\s\/\/ .*$/, ''))
}

function evaluateOne(rule: Rule, details: InstallDetails, pack: RulePackFile, asOf = '2026-12-06') {
  const finding = evaluateRules(details, { asOf, pack, rules: [rule], formatDate: formatIsoDate }).findings[0]
  if (finding === undefined) {
    throw new Error('no finding')
  }
  return finding
}

const V1_SERVER = { kind: 'entra-connect-install-details', schemaVersion: 1, connect: { version: '1.6.16.0' } } as InstallDetails

describe('rule texts and the rule pack', () => {
  it('no registered rule writes a build number or a date in its title, explanation, caveat, messages, headlines or steps', () => {
    const offenders = ALL_RULES.flatMap((rule) => textsOf(rule).flatMap(([where, text]) => {
      const fact = factsWritten(text)
      return fact === undefined ? [] : [`${rule.id} ${where}: ${fact}`]
    }))
    expect(offenders).toEqual([])
  })

  it('no rule module writes one in a string either (outcome caveats and steps built in code included)', () => {
    const root = join(__dirname, '..', '..', '..')
    const offenders = ruleSourceFiles(join(root, 'shared', 'rules')).flatMap((file) =>
      codeLines(readFileSync(file, 'utf8')).flatMap((line) => {
        const fact = factsWritten(line)
        return fact === undefined ? [] : [`${relative(root, file)}: ${fact}`]
      }),
    )
    expect(offenders).toEqual([])
  })

  it('the glossary writes none either', () => {
    const offenders = GLOSSARY.flatMap((entry) => {
      const fact = factsWritten(entry.definition)
      return fact === undefined ? [] : [`${entry.id}: ${fact}`]
    })
    expect(offenders).toEqual([])
  })

  it('the built-in pack fills every placeholder of every rule text and glossary definition', () => {
    const unfilled = ALL_RULES.flatMap((rule) => {
      const texts = ruleTexts(rule, BUILT_IN_PACK, formatIsoDate)
      const all = [texts.title, texts.why, texts.caveat ?? '', ...Object.values(texts.remediation).flatMap((steps) => steps.map((step) => step.text))]
      return all.filter((text) => PLACEHOLDER.test(text)).map((text) => `${rule.id}: ${text}`)
    })
    const unfilledGlossary = glossaryEntries(BUILT_IN_PACK, formatIsoDate).filter((entry) => PLACEHOLDER.test(entry.definition)).map((entry) => entry.id)
    expect(unfilled).toEqual([])
    expect(unfilledGlossary).toEqual([])
  })

  it('writes the built-in pack’s values as before: the 2027 floor’s build, its release date and the stop date', () => {
    const texts = ruleTexts(appAuth2027, BUILT_IN_PACK, formatIsoDate)
    expect(texts.title).toBe('Announced 2027 minimum: 2.6.84.0 and application-based authentication')
    expect(texts.caveat).toContain('documents 2.6.84.0 (released on 2026-07-07)')
    expect(texts.why).toContain('from 2027-04-07 synchronization stops unless the server runs 2.6.84.0 or later')
    expect(texts.remediation.fail?.[0]?.text).toContain('at least 2.6.84.0.')
  })

  it('writes dates through the formatter it is given (the screen’s locale, ISO for exports)', () => {
    const texts = ruleTexts(v1Retired, BUILT_IN_PACK, (date) => `<${date}>`)
    expect(texts.why).toContain('out of support on <2022-08-31>, and from <2023-10-01>')
    expect(glossaryEntries(BUILT_IN_PACK, (date) => `<${date}>`).find((entry) => entry.id === 'v1-v2')?.definition).toContain('stopped syncing on <2023-10-01>')
  })

  describe('a modified copy of the pack', () => {
    const modified: RulePackFile = {
      ...BUILT_IN_PACK,
      deadlines: {
        ...BUILT_IN_PACK.deadlines,
        v1: { ...BUILT_IN_PACK.deadlines.v1, retiredOn: '2022-09-01', stoppedOn: '2023-11-02' },
        appAuth2027: { minimum: '2.6.91.0', stops: '2027-06-30' },
      },
      thresholds: { ...BUILT_IN_PACK.thresholds, endOfSupport: { ...BUILT_IN_PACK.thresholds.endOfSupport, policyMonths: 18 } },
    }

    it('changes the filled title, explanation, caveat and steps', () => {
      const texts = ruleTexts(appAuth2027, modified, formatIsoDate)
      expect(texts.title).toBe('Announced 2027 minimum: 2.6.91.0 and application-based authentication')
      expect(texts.why).toContain('from 2027-06-30 synchronization stops unless the server runs 2.6.91.0 or later')
      expect(texts.caveat).toContain('documents 2.6.91.0 (released on 2026-09-16)')
      expect(texts.remediation.warn?.[0]?.text).toContain('at least 2.6.91.0.')
      expect(ruleTexts(v1Retired, modified, formatIsoDate).why).toContain('out of support on 2022-09-01, and from 2023-11-02')
      expect(ruleTexts(endOfSupport, modified, formatIsoDate).why).toContain('retires 18 months after the next one')
    })

    it('changes what an evaluation, the rule catalogue and the glossary show', () => {
      const finding = evaluateOne(v1Retired, V1_SERVER, modified)
      expect(finding.why).toContain('from 2023-11-02 Microsoft Entra stopped')
      expect(finding.message).toContain('since 2023-11-02')
      const catalogue = buildRuleCatalogue([appAuth2027], modified, formatIsoDate)
      expect(catalogue.rules[0]?.title).toBe('Announced 2027 minimum: 2.6.91.0 and application-based authentication')
      expect(glossaryEntries(modified, formatIsoDate).find((entry) => entry.id === 'v1-v2')?.definition).toContain('2023-11-02')
    })
  })

  it('lets the outcome’s data win over the pack’s where both name a key', () => {
    const rule: Rule = {
      ...v1Retired,
      id: 'test/override',
      title: 'Below {minimum}',
      check: () => ({ status: 'fail', messageId: 'fail', data: { version: '1.0.0.0', minimum: 'the outcome’s', stoppedOn: '2023-10-01' } }),
    }
    const finding = evaluateOne(rule, V1_SERVER, BUILT_IN_PACK)
    expect(finding.title).toBe('Below the outcome’s')
    expect(ruleTexts(rule, BUILT_IN_PACK, formatIsoDate).title).toBe('Below 2.0.0.0')
  })

  it('gives every finding of a run the same remediation array (the JSON writer remembers them by identity)', () => {
    const first = evaluateOne(appAuth2027, { ...V1_SERVER, connect: { version: '2.5.79.0' } } as InstallDetails, BUILT_IN_PACK)
    const second = evaluateOne(appAuth2027, { ...V1_SERVER, connect: { version: '2.6.3.0' } } as InstallDetails, BUILT_IN_PACK)
    expect(first.remediation.length).toBeGreaterThan(0)
    expect(second.remediation).toBe(first.remediation)
  })
})
