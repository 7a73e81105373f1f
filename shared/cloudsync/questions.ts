/**
 * The Cloud Sync evaluation's questions: one per install-details fact that the fit or the
 * comparison depends on (the migration-readiness criteria of Microsoft's decision guide:
 * https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/connect-to-cloud-sync-decision-guide).
 *
 * A fact already in the document answers its question, and where none is given the server's
 * inventory does (read the way the Cloud Sync fit reads it: `readCloudSyncFact`), each with where
 * it came from; the user answers the rest in the wizard, and may change any answer.
 */
import type { FactValue } from '../import/text-forms/types'
import type { ConflictView } from '../intake/derive'
import { readCloudSyncFact } from '../rules/cloudsync/inventory-answers'
import type { RulePack } from '../rules/pack/types'
import type { InstallDetails } from '../types/install-details'
import { SIGN_IN_METHODS } from '../types/install-details-values'

/** How a question is answered: yes/no, a whole number, or one of a list. */
export type QuestionKind = 'yes-no' | 'count' | 'choice'

/** One question. */
export interface CloudSyncQuestion {
  /** The install-details field path it sets (`connect.features.deviceWriteback`). */
  readonly path: string
  readonly label: string
  readonly hint: string
  readonly kind: QuestionKind
  /** For `choice`: the values and how they read. */
  readonly choices?: readonly { readonly value: string; readonly label: string }[]
}

/** An answer as the wizard shows it. */
export interface AnsweredQuestion extends CloudSyncQuestion {
  /** The fact's value, or `undefined` while unanswered. */
  readonly value: string | number | boolean | undefined
  /** Where the answer came from (`AADC01.json`, `answered in the wizard`); undefined while unanswered. */
  readonly source: string | undefined
  /** What the answer says: `6 custom sync rules` when read from the inventory, else the answer as it reads. */
  readonly reading: string
  /** Whether a value was given for the question's fact, or the inventory answered it. */
  readonly answeredBy: 'fact' | 'inventory' | undefined
  /** Other inputs that say otherwise (the value in use is the answer), each with where it came from. */
  readonly disagreements: readonly { readonly text: string; readonly from: string }[]
}

const SIGN_IN_LABELS: Readonly<Record<(typeof SIGN_IN_METHODS)[number], string>> = {
  PasswordHashSync: 'Password hash sync',
  PassThroughAuthentication: 'Pass-through authentication',
  FederationAdfs: 'Federation with AD FS',
  FederationPingFederate: 'Federation with PingFederate',
  NotConfigured: 'Not configured by Connect',
}

const FEATURE = 'connect.features.'

/**
 * Not in the contract's document: Connect Sync cannot serve disconnected forests at all, so a
 * need for them counts in Cloud Sync's favour. Kept as an extra fact (unknown fields are kept).
 */
export const DISCONNECTED_FORESTS_PATH = 'connect.disconnectedForests'

/** Every question, in the order the step asks them. */
export const CLOUD_SYNC_QUESTIONS: readonly CloudSyncQuestion[] = [
  { path: 'connect.forestCount', label: 'How many AD forests does this server sync?', hint: 'Connectors of type Active Directory in the Synchronization Service Manager.', kind: 'count' },
  { path: DISCONNECTED_FORESTS_PATH, label: 'Do you need to sync forests with no trust between them?', hint: 'Disconnected forests, e.g. after a merger. Connect Sync cannot do this; Cloud Sync can.', kind: 'yes-no' },
  { path: 'connect.largestDomainObjectCount', label: 'Objects in the largest AD domain', hint: 'Users, groups, contacts and computers in scope. Cloud Sync handles up to 150,000 per domain.', kind: 'count' },
  { path: 'connect.largestGroupMemberCount', label: 'Members of the largest synced group', hint: 'Cloud Sync handles groups up to 50,000 members.', kind: 'count' },
  { path: `${FEATURE}deviceWriteback`, label: 'Is device writeback on?', hint: 'Connect wizard > Optional features. Cloud Sync has none (use Cloud Kerberos trust).', kind: 'yes-no' },
  { path: `${FEATURE}hybridJoin`, label: 'Are devices hybrid joined through this server?', hint: 'Connect wizard > Configure device options.', kind: 'yes-no' },
  { path: 'connect.signInMethod', label: 'User sign-in method', hint: 'Connect wizard > Change user sign-in.', kind: 'choice', choices: SIGN_IN_METHODS.map((value) => ({ value, label: SIGN_IN_LABELS[value] })) },
  { path: `${FEATURE}attributeValueFiltering`, label: 'Do you filter objects on attribute values?', hint: 'Scoping filters in sync rules, beyond domain, OU or group filtering.', kind: 'yes-no' },
  { path: 'connect.customSyncRuleCount', label: 'How many custom sync rules are there?', hint: 'Synchronization Rules Editor: rules not marked as standard.', kind: 'count' },
  { path: `${FEATURE}entraDomainServices`, label: 'Does Microsoft Entra Domain Services use this tenant?', hint: 'Domain Services relies on Connect Sync for password hashes.', kind: 'yes-no' },
  { path: `${FEATURE}crossForestReferences`, label: 'Do objects reference objects in another forest?', hint: 'For example a manager or group member in another forest.', kind: 'yes-no' },
  { path: `${FEATURE}mergeAttributesAcrossDomains`, label: 'Are user attributes merged across domains?', hint: 'For example an account forest and a resource forest (Exchange).', kind: 'yes-no' },
  { path: `${FEATURE}reconciliation`, label: 'Do you rely on reconciliation (correcting drift between AD and the cloud)?', hint: 'Cloud Sync does not offer reconciliation.', kind: 'yes-no' },
  { path: `${FEATURE}groupFiltering`, label: 'Is sync scoped by group (group-based filtering)?', hint: 'Connect wizard > Filtering. The guided migration tool does not support it.', kind: 'yes-no' },
  { path: `${FEATURE}customUpn`, label: 'Is another attribute used as the user principal name?', hint: 'Connect wizard > User sign-in: "User principal name" other than userPrincipalName. The guided migration tool does not support it.', kind: 'yes-no' },
  { path: 'connect.largestDomainContainerCount', label: 'Containers (OUs) in scope in the largest domain', hint: 'The guided migration tool handles at most 30 per domain.', kind: 'count' },
]

/** A fact as an answer: `null` and missing are unanswered; other shapes do not answer either. */
function answerValue(value: unknown): string | number | boolean | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined
}

function formatFactValue(question: CloudSyncQuestion, value: FactValue): string {
  const answer = answerValue(value)
  return answer === undefined ? 'no answer' : formatAnswer(question, answer)
}

/**
 * Every question with its current answer, where that came from and who says otherwise: the
 * fact's own source (or, where the inputs disagree, the one in use), or the source of the
 * inventory it was read from.
 */
export function answerQuestions(
  details: InstallDetails,
  pack: RulePack,
  sourceOf: (path: string) => string,
  conflicts: readonly ConflictView[] = [],
): readonly AnsweredQuestion[] {
  return CLOUD_SYNC_QUESTIONS.map((question): AnsweredQuestion => {
    const fact = readCloudSyncFact(details, pack, question.path)
    const value = answerValue(fact.value)
    if (value === undefined) {
      return { ...question, value, source: undefined, reading: '', answeredBy: undefined, disagreements: [] }
    }
    if (fact.answeredBy === 'inventory' && fact.inventory !== undefined) {
      return { ...question, value, source: sourceOf(fact.inventory.basis), reading: fact.inventory.text, answeredBy: 'inventory', disagreements: [] }
    }
    const conflict = conflicts.find((entry) => entry.path === question.path)
    const others = (conflict?.values ?? []).filter((entry) => entry.from !== conflict?.inUse).map((entry) => ({ text: formatFactValue(question, entry.value), from: entry.from }))
    const inventory = fact.disagrees && fact.inventory !== undefined ? [{ text: fact.inventory.text, from: sourceOf(fact.inventory.basis) }] : []
    return {
      ...question,
      value,
      source: conflict?.inUse ?? sourceOf(question.path),
      reading: formatAnswer(question, value),
      answeredBy: 'fact',
      disagreements: [...others, ...inventory],
    }
  })
}

/** How an answer reads (`Yes`, `12,000`, `Password hash sync`); '' while unanswered. */
export function formatAnswer(question: CloudSyncQuestion, value: string | number | boolean | undefined): string {
  if (value === undefined) {
    return ''
  }
  if (typeof value === 'boolean') {
    return value ? 'Yes' : 'No'
  }
  if (typeof value === 'number') {
    return value.toLocaleString('en-US')
  }
  return question.choices?.find((choice) => choice.value === value)?.label ?? value
}

/** Parses a count as typed: a whole number, '' (unanswered), or an error to show. */
export function parseCount(text: string): { readonly value: number | undefined } | { readonly error: string } {
  const trimmed = text.trim().replace(/[,\s]/g, '')
  if (trimmed === '') {
    return { value: undefined }
  }
  return /^\d{1,12}$/.test(trimmed) ? { value: Number(trimmed) } : { error: 'Enter a whole number, such as 45000.' }
}
