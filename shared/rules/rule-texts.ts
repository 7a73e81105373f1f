/**
 * A rule's own texts (title, explanation, caveat, remediation steps) with the rule pack's values
 * filled in: the one path every view takes, whether it evaluates the rule (`evaluate.ts`) or only
 * describes it (the command line's rule catalogue, SARIF's rule descriptors).
 */
import type { DateFormatter } from '../dates/iso-date'
import { formatMessage } from './format-message'
import type { RulePack } from './pack/types'
import type { DataValue, RemediationStep, Rule } from './types'

/** A rule's texts as a view shows them. */
export interface RuleTexts {
  readonly title: string
  readonly why: string
  readonly caveat?: string
  /** messageId → the steps, their text filled. */
  readonly remediation: Readonly<Record<string, readonly RemediationStep[]>>
  /** The pack's values the rule names (`rule.packData`); empty when it names none. */
  readonly packData: Readonly<Record<string, DataValue>>
}

const NO_DATA: Readonly<Record<string, DataValue>> = Object.freeze({})

/**
 * `steps` with each text filled from `data`: the same array when no text changes (the command
 * line's JSON writer remembers remediation arrays by identity), else a new one.
 */
export function fillSteps(steps: readonly RemediationStep[], data: Readonly<Record<string, DataValue>>, formatDate: DateFormatter): readonly RemediationStep[] {
  const filled = steps.map((step) => {
    const text = formatMessage(step.text, data, formatDate)
    return text === step.text ? step : { ...step, text }
  })
  return filled.every((step, index) => step === steps[index]) ? steps : filled
}

/** The rule's texts filled from `data` (not remembered: `ruleTexts` is the usual way in). */
export function fillRuleTexts(rule: Rule, data: Readonly<Record<string, DataValue>>, formatDate: DateFormatter): RuleTexts {
  const remediation: Record<string, readonly RemediationStep[]> = {}
  for (const [messageId, steps] of Object.entries(rule.remediation ?? {})) {
    remediation[messageId] = fillSteps(steps, data, formatDate)
  }
  return {
    title: formatMessage(rule.title, data, formatDate),
    why: formatMessage(rule.why, data, formatDate),
    ...(rule.caveat === undefined ? {} : { caveat: formatMessage(rule.caveat, data, formatDate) }),
    remediation,
    packData: data,
  }
}

function packDataOf(rule: Rule, pack: RulePack): Readonly<Record<string, DataValue>> {
  if (rule.packData === undefined) {
    return NO_DATA
  }
  try {
    return rule.packData(pack)
  } catch {
    // A pack that passed the schema has every field; should one still be missing, the
    // placeholders stay as written (a missing value shows) and the rule's own check says why.
    return NO_DATA
  }
}

/** Per rule, per pack: the texts last filled and the formatter they were written with. */
const FILLED = new WeakMap<Rule, WeakMap<RulePack, { readonly formatDate: DateFormatter; readonly texts: RuleTexts }>>()

/** How many times a rule's remembered texts were filled again for another formatter: a list taken before is stale. */
let refills = 0

/**
 * The rule's texts filled from `pack`, dates written by `formatDate`.
 *
 * Remembered per rule and pack (for the last formatter), so every finding of a run gets the same
 * strings and the same remediation arrays.
 */
export function ruleTexts(rule: Rule, pack: RulePack, formatDate: DateFormatter): RuleTexts {
  let byPack = FILLED.get(rule)
  if (byPack === undefined) {
    byPack = new WeakMap()
    FILLED.set(rule, byPack)
  }
  const known = byPack.get(pack)
  if (known !== undefined && known.formatDate === formatDate) {
    return known.texts
  }
  if (known !== undefined) {
    refills += 1
  }
  const texts = fillRuleTexts(rule, packDataOf(rule, pack), formatDate)
  byPack.set(pack, { formatDate, texts })
  return texts
}

/** Per list of rules, per pack: each rule's `ruleTexts`, the formatter and the refill count they were taken at. */
const ALL_FILLED = new WeakMap<readonly Rule[], WeakMap<RulePack, { readonly formatDate: DateFormatter; readonly refills: number; readonly texts: readonly RuleTexts[] }>>()

/**
 * `ruleTexts` of each of `rules`, in order: the same objects it gives, looked up once per list,
 * pack and formatter instead of once per rule and server (an evaluation asks for all of them).
 */
export function ruleTextsOf(rules: readonly Rule[], pack: RulePack, formatDate: DateFormatter): readonly RuleTexts[] {
  let byPack = ALL_FILLED.get(rules)
  if (byPack === undefined) {
    byPack = new WeakMap()
    ALL_FILLED.set(rules, byPack)
  }
  const known = byPack.get(pack)
  if (known !== undefined && known.formatDate === formatDate && known.refills === refills) {
    return known.texts
  }
  const texts = rules.map((rule) => ruleTexts(rule, pack, formatDate))
  byPack.set(pack, { formatDate, refills, texts })
  return texts
}

function sameValue(a: DataValue | undefined, b: DataValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => item === b[index])
  }
  return a === b
}

/** True when `data` gives a key of `packData` another value (the outcome's then wins in every text). */
export function overridesPackData(packData: Readonly<Record<string, DataValue>>, data: Readonly<Record<string, DataValue>>): boolean {
  for (const key of Object.keys(packData)) {
    if (Object.hasOwn(data, key) && !sameValue(packData[key], data[key])) {
      return true
    }
  }
  return false
}
