/**
 * Runs every rule over one server's install details as of a date, and builds the report.
 */
import type { DateFormatter, IsoDate } from '../dates/iso-date'
import type { InstallDetails } from '../types/install-details'
import { fieldPathKeys, readFieldKeys } from './field-path'
import { formatMessage } from './format-message'
import type { RulePack } from './pack/types'
import { fillRuleTexts, overridesPackData, ruleTextsOf, type RuleTexts } from './rule-texts'
import { NOT_PROVIDED, type EvidenceEntry, type Finding, type Outcome, type RemediationStep, type Report, type Rule, type RuleContext } from './types'
import { decideVerdict } from './verdict'

/** Where each fact came from: field path → source label; `default` covers the rest. */
export interface Provenance {
  readonly default: string
  readonly fields?: Readonly<Record<string, string>>
}

/** What `evaluateRules` needs besides the document. */
export interface EvaluateOptions {
  /** The as-of date: rules never read the clock. */
  readonly asOf: IsoDate
  readonly pack: RulePack
  readonly rules: readonly Rule[]
  readonly provenance?: Provenance
  /**
   * How dates are written in messages, headlines and the rules' own texts: the renderer passes the user's locale,
   * exports and the command line `formatIsoDate`. Statuses, data and evidence never depend on it.
   */
  readonly formatDate: DateFormatter
}

const BROKEN_RULE_MESSAGE = 'This rule could not be evaluated: {error}'

/** Where a fact some input gave came from: its field's source, else the run's default. */
function sourceOf(path: string, fields: Readonly<Record<string, string>> | undefined, fallback: string): string {
  return fields === undefined ? fallback : (fields[path] ?? fallback)
}

/** Field paths with their keys, split once: a rule's facts are read for every server. */
interface SplitPath {
  readonly path: string
  readonly keys: readonly string[]
}

function splitPaths(paths: readonly string[]): readonly SplitPath[] {
  return paths.map((path) => ({ path, keys: fieldPathKeys(path) }))
}

function buildEvidence(details: InstallDetails, paths: readonly SplitPath[], fields: Readonly<Record<string, string>> | undefined, fallback: string): Record<string, EvidenceEntry> {
  const evidence: Record<string, EvidenceEntry> = {}
  for (let index = 0; index < paths.length; index += 1) {
    const { path, keys } = paths[index] as SplitPath
    const value = readFieldKeys(details, keys)
    evidence[path] = value === undefined ? { value: null, from: NOT_PROVIDED } : { value, from: sourceOf(path, fields, fallback) }
  }
  return evidence
}

/** What a finding takes for its messageId: the message template, the headline and the pack-filled steps. */
interface MessageParts {
  readonly template: string | undefined
  readonly headline: string | undefined
  readonly remediation: readonly RemediationStep[] | undefined
}

function messageParts(rule: Rule, texts: RuleTexts, messageId: string): MessageParts {
  return { template: rule.messages[messageId], headline: rule.headlines?.[messageId], remediation: texts.remediation[messageId] }
}

/** One rule as the findings of a run read it: its pack-filled texts, its facts split, its parts per messageId. */
interface PreparedRule {
  readonly rule: Rule
  readonly texts: RuleTexts
  /** Whether the rule names any of the pack's values (else no outcome can override one). */
  readonly hasPackData: boolean
  readonly facts: readonly SplitPath[]
  /** The parts of each of the rule's own messageIds, looked up once. */
  readonly messages: ReadonlyMap<string, MessageParts>
}

/** Per `ruleTextsOf` answer (a new one whenever the texts are filled again): the rules prepared. */
const PREPARED = new WeakMap<readonly RuleTexts[], readonly PreparedRule[]>()

function prepareRules(rules: readonly Rule[], allTexts: readonly RuleTexts[]): readonly PreparedRule[] {
  let prepared = PREPARED.get(allTexts)
  if (prepared === undefined) {
    prepared = rules.map((rule, index) => {
      const texts = allTexts[index] as RuleTexts
      const messages = new Map(Object.keys(rule.messages).map((messageId) => [messageId, messageParts(rule, texts, messageId)]))
      return { rule, texts, hasPackData: Object.keys(texts.packData).length > 0, facts: splitPaths(rule.facts), messages }
    })
    PREPARED.set(allTexts, prepared)
  }
  return prepared
}

/** What every rule of one evaluation reads: one context for all of them (frozen: a rule cannot change it for the next). */
interface Evaluation {
  readonly context: RuleContext
  readonly options: EvaluateOptions
  readonly fields: Readonly<Record<string, string>> | undefined
  readonly fallbackSource: string
}

function runRule(prepared: PreparedRule, evaluation: Evaluation): Finding {
  const { rule, texts: packTexts } = prepared
  const { context, options } = evaluation
  const details = context.details
  let outcome: Outcome
  let parts: MessageParts
  try {
    outcome = rule.check(context)
    parts = prepared.messages.get(outcome.messageId) ?? messageParts(rule, packTexts, outcome.messageId)
    if (parts.template === undefined) {
      throw new Error(`rule ${rule.id} returned unknown messageId ${outcome.messageId}`)
    }
  } catch (error) {
    // One broken rule must not sink the report: it becomes `unknown`, saying why.
    outcome = {
      status: 'unknown',
      messageId: 'rule-error',
      data: { error: error instanceof Error ? error.message : String(error) },
    }
    parts = { ...messageParts(rule, packTexts, outcome.messageId), template: BROKEN_RULE_MESSAGE }
  }
  const template = parts.template as string
  const data = outcome.data ?? {}
  // The pack's values fill every text, the outcome's data win where both name a key (the
  // messages look a name up in `data`, then in `packData`); the remembered texts serve unless
  // the outcome gives one of the pack's keys another value.
  const packData = packTexts.packData
  const texts = prepared.hasPackData && overridesPackData(packData, data) ? fillRuleTexts(rule, { ...packData, ...data }, options.formatDate) : packTexts
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
    ruleId: rule.id,
    step: rule.step,
    status: outcome.status,
    severity: rule.severity,
    title: texts.title,
    message: formatMessage(template, data, options.formatDate, packData),
    messageId: outcome.messageId,
    evidence: buildEvidence(details, outcome.evidence === undefined ? prepared.facts : splitPaths(outcome.evidence), evaluation.fields, evaluation.fallbackSource),
    remediation: outcome.remediation ?? (texts === packTexts ? parts.remediation : texts.remediation[outcome.messageId]) ?? [],
    sources: rule.sources,
    data,
    why: texts.why,
    confidence: outcome.confidence ?? rule.confidence,
  }
  // Set after the literal (not spread into it): one object per finding, and `caveat`, then
  // `headline`, stay the last keys (the command line's JSON writer relies on that order).
  const caveat = outcome.caveat === undefined ? texts.caveat : formatMessage(outcome.caveat, data, options.formatDate, packData)
  if (caveat !== undefined) {
    finding.caveat = caveat
  }
  const headline = parts.headline
  if (headline !== undefined) {
    finding.headline = formatMessage(headline, data, options.formatDate, packData)
  }
  return finding
}

/**
 * Evaluates every rule, in registry order, and decides the verdict.
 *
 * Pure: the same document, date and pack always give the same report.
 */
export function evaluateRules(details: InstallDetails, options: EvaluateOptions): Report {
  const context: RuleContext = Object.freeze({ details, asOf: options.asOf, pack: options.pack, formatDate: options.formatDate })
  const evaluation: Evaluation = { context, options, fields: options.provenance?.fields, fallbackSource: options.provenance?.default ?? 'input' }
  const prepared = prepareRules(options.rules, ruleTextsOf(options.rules, options.pack, options.formatDate))
  const findings: Finding[] = []
  for (const rule of prepared) {
    findings.push(runRule(rule, evaluation))
  }
  return {
    asOf: options.asOf,
    rulePack: { version: options.pack.version, asOf: options.pack.asOf },
    verdict: decideVerdict(findings, details),
    findings,
  }
}
