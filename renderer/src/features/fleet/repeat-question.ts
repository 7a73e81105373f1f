/**
 * The words of the Fleet's "Same server, later run?" question: each run named so an admin can tell
 * the rows apart (customer or "no customer", full computer name or server name, version, verdict,
 * local save time), and what the run asked about lacks, said of that run and no other.
 */
import type { TellingFact } from '~shared/assessments/server-identity'
import type { Verdict } from '~shared/rules/types'
import type { RepeatQuestion, RepeatRun } from '~renderer/store/fleet-selectors'
import { formatSavedAt } from '../header/save-status'

const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  critical: 'critical',
  'action-required': 'action required',
  incomplete: 'incomplete',
  ok: 'ready',
}

const FACT_WORDS: Readonly<Record<TellingFact, string>> = {
  customer: 'customer',
  fqdn: 'full computer name',
  tenant: 'tenant',
}

/** `a`, `a or b`, `a, b or c`. */
function orList(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`
}

/** The run's own name, when it says more than its server name ("Contoso before upgrade"). */
function ownName(run: RepeatRun): string | undefined {
  const name = run.name.trim()
  const same = [run.shortName, run.fqdn ?? ''].some((server) => server.toLowerCase() === name.toLowerCase())
  return name === '' || same ? undefined : name
}

/** The facts that tell the run apart: "Contoso Pharma, aadc01.contoso.com, 2.5.79.0, critical, saved 8 Dec 2026, 01:43". */
export function runFacts(run: RepeatRun, options: { readonly withServer: boolean }): string {
  const customer = run.customer.trim() === '' ? 'no customer' : run.customer.trim()
  const saved = formatSavedAt(run.savedAt)
  return [
    customer,
    ...(options.withServer ? [run.fqdn ?? run.shortName] : run.fqdn === undefined ? [] : [run.fqdn]),
    run.version ?? 'version not known',
    VERDICT_WORDS[run.verdict],
    ...(saved === '' ? [] : [`saved ${saved}`]),
  ].join(', ')
}

/** A candidate as one choice of the question: "Contoso Pharma, AADC01, 2.5.79.0, critical, saved …" (with its own name first when it has one). */
export function candidateLabel(run: RepeatRun): string {
  const name = ownName(run)
  return `${name === undefined ? '' : `“${name}”: `}${runFacts(run, { withServer: true })}`
}

function relation(subject: RepeatRun, candidates: readonly RepeatRun[]): string {
  if (candidates.every((candidate) => candidate.savedAt < subject.savedAt)) {
    return 'a later run of'
  }
  return candidates.every((candidate) => candidate.savedAt > subject.savedAt) ? 'an earlier run of' : 'another run of'
}

/** "AADC01 (no customer, 2.4.27.0, critical, saved 8 Dec 2026, 01:43) may be a later run of:". */
export function questionLead(question: RepeatQuestion): string {
  const { subject, candidates } = question
  const name = ownName(subject)
  const facts = runFacts(subject, { withServer: false })
  const choice = candidates.length === 1 ? 'this server' : `one of these ${candidates.length} servers`
  return `${name === undefined ? subject.shortName : `“${name}” (${subject.shortName}`}${name === undefined ? ` (${facts})` : `, ${facts})`} may be ${relation(subject, candidates)} ${choice}, or a different server:`
}

/** Why the question is asked, said of the run asked about: "Only its server name AADC01 is saved: it has no customer, full computer name or tenant." */
export function questionReason(question: RepeatQuestion): string {
  const lacks = question.subjectLacks.map((fact) => FACT_WORDS[fact])
  if (lacks.length === 0) {
    return 'Nothing saved tells these runs apart. Until you answer, each is its own row.'
  }
  const what = lacks.length === 3 ? `Only its server name ${question.subject.shortName} is saved` : `It shares the server name ${question.subject.shortName}`
  const others = question.candidates.length === 1 ? 'the other server' : 'the others'
  return `${what}: it has no ${orList(lacks)}, so nothing saved tells whether it is ${others}. Until you answer, each is its own row.`
}

/** The one-line notice above the table: "1 saved run may be a repeat of another server's." */
export function repeatsNotice(count: number): string {
  return count === 1 ? 'One saved run may be another run of a server already listed.' : `${count} saved runs may be other runs of servers already listed.`
}
