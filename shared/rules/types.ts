/**
 * The shapes of the rules module: rules as data plus one pure function, and the findings they yield.
 *
 * Rule ids, steps and statuses are fixed by the contract (docs/interface.md §3); everything else here is the
 * project's own extension of it.
 */
import type { DateFormatter, IsoDate } from '../dates/iso-date'
import type { InstallDetails } from '../types/install-details'
import type { RulePack } from './pack/types'

/** A finding's status, as the contract defines them. */
export type Status = 'pass' | 'info' | 'warn' | 'fail' | 'unknown' | 'not-applicable'

/** Every status, in order of urgency (most urgent first). */
export const STATUSES_BY_URGENCY: readonly Status[] = ['fail', 'warn', 'unknown', 'info', 'pass', 'not-applicable']

/** The wizard's steps that carry findings. */
export type RuleStep = 'version' | 'prerequisites' | 'autoupgrade' | 'staging' | 'cloudsync'

/** What a failure means for the upgrade: a blocker stops it, a warning degrades it, info is advice. */
export type Severity = 'blocker' | 'warning' | 'info'

/**
 * How sure the sources are: `documented` (stated in the cited revision), `derived` (computed from
 * documented facts), `uncertain` (contradictory, third-party or unconfirmed: the app says so).
 */
export type Confidence = 'documented' | 'derived' | 'uncertain'

/** One source article behind a rule. */
export interface SourceRef {
  /** The article's title, as people know it. */
  readonly title: string
  /** https link to the vendor's article. */
  readonly url: string
  /** Which revision was read (`rev 2025-04-09`, or a Learn copy), from the facts reference. */
  readonly revision: string
}

/** One remediation step; `powershell` holds the exact command where one exists. */
export interface RemediationStep {
  readonly text: string
  readonly powershell?: string
}

/** A value a rule hands to its message template and to the finding's `data`. */
export type DataValue = string | number | boolean | null | readonly string[]

/** What a rule's check returns: a status, the message to show and the data that fills it. */
export interface Outcome {
  readonly status: Status
  /** Key into the rule's `messages` (and `remediation`). */
  readonly messageId: string
  readonly data?: Readonly<Record<string, DataValue>>
  /** Field paths (`connect.version`) this outcome rests on; defaults to the rule's `facts`. */
  readonly evidence?: readonly string[]
  /** Overrides the rule's confidence when this outcome rests on weaker (or stronger) facts. */
  readonly confidence?: Confidence
  /** Overrides the rule's caveat: what the user must know about this outcome's facts (filled like the messages). */
  readonly caveat?: string
  /** Steps that depend on the data (e.g. one fix per blocking code); replaces the rule's for this messageId, shown as given. */
  readonly remediation?: readonly RemediationStep[]
}

/** Everything a rule may look at: the document, the as-of date and the rule pack. Nothing else. */
export interface RuleContext {
  readonly details: InstallDetails
  readonly asOf: IsoDate
  readonly pack: RulePack
  /**
   * How a date is written in text a rule builds itself (a list of descriptions); dates in
   * `data` stay `YYYY-MM-DD` and templates show them with `{name|date}`. Statuses never depend on it.
   */
  readonly formatDate: DateFormatter
}

/** A rule: stable id, metadata, message templates and one pure check. */
export interface Rule {
  /** `<step-ish category>/<kebab-name>`; equals the file path under `shared/rules`. Never reused. */
  readonly id: string
  readonly step: RuleStep
  /** Short, sentence case; may name the pack's values as `{placeholders}` (see `packData`). */
  readonly title: string
  readonly severity: Severity
  readonly confidence: Confidence
  /** Said to the user whenever the confidence is not `documented`; filled like `title`. */
  readonly caveat?: string
  /** Why this matters, for trainees; filled like `title`. */
  readonly why: string
  readonly sources: readonly SourceRef[]
  /** Field paths the rule reads: shown as evidence. */
  readonly facts: readonly string[]
  /** messageId → template with `{placeholders}` filled from the outcome's data. */
  readonly messages: Readonly<Record<string, string>>
  /**
   * messageId → a short title that states the problem (`{version} out of support since {endsOn}`),
   * filled like `messages`. Given for fail and warn outcomes (and unknown where useful); the
   * finding's `title` stays the passing condition.
   */
  readonly headlines?: Readonly<Record<string, string>>
  /** messageId → the steps that fix it (their `text` filled like `title`); missing means nothing to do. */
  readonly remediation?: Readonly<Record<string, readonly RemediationStep[]>>
  /**
   * The rule pack's values its texts name: `title`, `why`, `caveat` and the remediation steps are
   * filled from these alone (so a view without findings shows them filled, `shared/rules/rule-texts.ts`),
   * the messages and headlines from these and the outcome's `data`, which wins where both name a key.
   * Dates stay `YYYY-MM-DD` here and are written with `{name|date}`. Pure, like `check`.
   */
  readonly packData?: (pack: RulePack) => Readonly<Record<string, DataValue>>
  /** Pure: no I/O, no clock, no randomness. Returns `unknown` when a needed fact is missing. */
  readonly check: (context: RuleContext) => Outcome
}

/** The `from` of an evidence entry whose fact no input gave. */
export const NOT_PROVIDED = 'not provided'

/** One fact as a finding shows it: the value seen and where it came from (`NOT_PROVIDED` when none gave it). */
export interface EvidenceEntry {
  readonly value: unknown
  readonly from: string
}

/** A rule's result for one server, as the contract's output carries it. */
export interface Finding {
  readonly ruleId: string
  readonly step: RuleStep
  readonly status: Status
  readonly severity: Severity
  readonly title: string
  readonly message: string
  readonly messageId: string
  readonly evidence: Readonly<Record<string, EvidenceEntry>>
  readonly remediation: readonly RemediationStep[]
  readonly sources: readonly SourceRef[]
  readonly data: Readonly<Record<string, DataValue>>
  readonly why: string
  readonly confidence: Confidence
  readonly caveat?: string
  /** The problem in a few words, from the rule's `headlines` for this outcome; absent when it has none. */
  readonly headline?: string
}

/** A server's overall verdict (docs/interface.md §3, "Rule ids and what they decide"). */
export type Verdict = 'critical' | 'action-required' | 'incomplete' | 'ok'

/** The result of evaluating every rule for one server. */
export interface Report {
  readonly asOf: IsoDate
  readonly rulePack: { readonly version: string; readonly asOf: IsoDate }
  readonly verdict: Verdict
  readonly findings: readonly Finding[]
}
