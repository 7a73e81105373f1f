/**
 * The fleet workspace's derived state: the matrix of the loaded assessments as of the header's
 * date, and the rows the filter lets through. Each is computed once per change of its inputs, and
 * each assessment is assessed once per date and pack: a save re-assesses that one server only.
 */
import { userDateFormatter } from '../components/locale-date'
import type { Assessment } from '~shared/assessments/assessment'
import type { RulePack } from '~shared/rules/pack/types'
import { filterFleetRows } from '~shared/report/fleet-filter'
import { buildFleetMatrix, prepareFleetRow, type FleetMatrix, type FleetRow } from '~shared/report/fleet-matrix'
import type { ServerInput } from '~shared/report/fleet-input'
import { serverInputFromDerived } from '~shared/report/from-assessment'
import { latestRunPerServer, type PossibleRepeat } from '~shared/report/fleet-runs'
import type { TellingFact } from '~shared/assessments/server-identity'
import type { Verdict } from '~shared/rules/types'
import { deriveInstallDetails, type DerivedDetails } from '~shared/intake/derive'
import { currentChecks, type DetailsChecks } from './checks'
import { memoLast } from './memo-last'
import type { WizardState } from './types'

/**
 * Each loaded assessment's inputs derived once, kept while the checks are the same: telling
 * servers apart and assessing them both read this one derivation.
 */
const derivations = new WeakMap<Assessment, { readonly checks: DetailsChecks; readonly derived: DerivedDetails }>()

function derivedOf(assessment: Assessment, checks: DetailsChecks): DerivedDetails {
  const kept = derivations.get(assessment)
  if (kept !== undefined && kept.checks === checks) {
    return kept.derived
  }
  const derived = deriveInstallDetails(assessment.inputs, assessment.conflictChoices ?? {}, checks.validateDetails)
  derivations.set(assessment, { checks, derived })
  return derived
}

const runsOf = memoLast((assessments: readonly Assessment[], checks: DetailsChecks) => latestRunPerServer(assessments, (assessment) => derivedOf(assessment, checks).details))

/** Each loaded assessment's input to the matrix, kept while the date, the pack and the checks are the same. */
const serverInputs = new WeakMap<Assessment, { readonly asOf: string; readonly pack: RulePack; readonly checks: DetailsChecks; readonly input: ServerInput }>()

/**
 * One assessment merged and assessed, once: the fleet slice keeps an unchanged assessment's object
 * from load to load, so after a save only the saved one is assessed again, not the whole fleet.
 */
function serverInputOf(assessment: Assessment, asOf: string, checks: DetailsChecks, pack: RulePack): ServerInput {
  const kept = serverInputs.get(assessment)
  if (kept !== undefined && kept.asOf === asOf && kept.pack === pack && kept.checks === checks) {
    return kept.input
  }
  const input = serverInputFromDerived(assessment, derivedOf(assessment, checks), asOf, pack, userDateFormatter())
  serverInputs.set(assessment, { asOf, pack, checks, input })
  return input
}

/** How long one slice of {@link prepareFleetAssessments} works before it lets the browser run. */
const PREPARE_SLICE_MS = 8

/** Assessments waiting to be prepared, with the state to read the date and pack from. */
const toPrepare: { readonly assessment: Assessment; readonly getState: () => WizardState }[] = []
let isPreparing = false

/** A task boundary: what the browser has queued (an answer from main, input, a frame) runs first. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel()
    port1.addEventListener(
      'message',
      () => {
        port1.close()
        resolve()
      },
      { once: true },
    )
    port1.start()
    port2.postMessage(undefined)
  })
}

async function prepareWaiting(): Promise<void> {
  isPreparing = true
  try {
    let next = 0
    while (next < toPrepare.length) {
      await yieldToBrowser()
      const sliceEnd = performance.now() + PREPARE_SLICE_MS
      while (next < toPrepare.length && performance.now() < sliceEnd) {
        const { assessment, getState } = toPrepare[next] as (typeof toPrepare)[number]
        next += 1
        const { asOf, rulePack } = getState()
        const checks = currentChecks()
        if (asOf !== undefined && checks !== undefined) {
          try {
            prepareFleetRow(serverInputOf(assessment, asOf, checks, rulePack), asOf, userDateFormatter(), rulePack)
          } catch {
            // Left to the matrix, which meets the same error where it is shown.
          }
        }
      }
    }
  } finally {
    toPrepare.length = 0
    isPreparing = false
  }
}

/**
 * Works out, a slice at a time between the browser's other tasks, what the matrix needs of each
 * assessment while the rest are still loading: its inputs derived, its server assessed and its
 * deadlines worked out as of the header's date, kept where the matrix looks for them (the same functions, the same keys), so
 * the matrix finds them done. Nothing when the checks are not loaded yet.
 */
export function prepareFleetAssessments(assessments: readonly Assessment[], getState: () => WizardState): void {
  toPrepare.push(...assessments.map((assessment) => ({ assessment, getState })))
  if (!isPreparing) {
    void prepareWaiting()
  }
}

const matrixOf = memoLast((assessments: readonly Assessment[], asOf: string, checks: DetailsChecks, pack: RulePack): FleetMatrix => {
  // A server assessed more than once (before and after an upgrade) is one row: its newest run.
  const { latest, earlierRuns } = runsOf(assessments, checks)
  const servers = latest.map((assessment) => serverInputOf(assessment, asOf, checks, pack))
  return buildFleetMatrix(
    servers.map((server, index) => {
      const id = latest[index]?.id
      return { key: id ?? server.source, server, earlierRuns: id === undefined ? 0 : (earlierRuns.get(id) ?? 0) }
    }),
    asOf,
    userDateFormatter(),
    pack,
  )
})

const EMPTY_ROWS: readonly FleetRow[] = []
const NO_QUESTIONS: readonly RepeatQuestion[] = []

/** What the "Same server, later run?" question shows of one run (a row of the Fleet: its newest run). */
export interface RepeatRun {
  readonly id: string
  /** The saved assessment's name. */
  readonly name: string
  readonly shortName: string
  /** The customer; empty when none was given. */
  readonly customer: string
  readonly fqdn?: string | undefined
  readonly version: string | null
  readonly verdict: Verdict
  /** When it was last saved (ISO instant). */
  readonly savedAt: string
}

/** One question: the run asked about, the telling facts it lacks, and the rows it may be a run of. */
export interface RepeatQuestion {
  readonly subject: RepeatRun
  readonly subjectLacks: readonly TellingFact[]
  readonly candidates: readonly RepeatRun[]
}

const questionsOf = memoLast((repeats: readonly PossibleRepeat[], matrix: FleetMatrix, assessments: readonly Assessment[]): readonly RepeatQuestion[] => {
  const rows = new Map(matrix.rows.map((row) => [row.key, row]))
  const byId = new Map(assessments.map((assessment) => [assessment.id, assessment]))
  const runOf = (id: string, shortName: string): RepeatRun | undefined => {
    const row = rows.get(id)
    const assessment = byId.get(id)
    return row === undefined || assessment === undefined
      ? undefined
      : { id, name: assessment.name, shortName, customer: row.customer, fqdn: row.fqdn, version: row.version, verdict: row.verdict, savedAt: assessment.updatedAt }
  }
  return repeats.flatMap((repeat) => {
    const subject = runOf(repeat.subjectId, repeat.shortName)
    const candidates = repeat.candidateIds.flatMap((id) => runOf(id, repeat.shortName) ?? [])
    return subject === undefined || candidates.length === 0 ? [] : [{ subject, subjectLacks: repeat.subjectLacks, candidates }]
  })
})

/**
 * The Fleet's "Same server, later run?" questions: one per row whose identity is unknown (only its
 * short name is saved), naming every row it may be a run of, each told apart by its facts.
 */
export function selectRepeatQuestions(state: WizardState): readonly RepeatQuestion[] {
  const checks = currentChecks()
  const matrix = selectFleetMatrix(state)
  if (state.fleetAssessments === undefined || checks === undefined || matrix === undefined) {
    return NO_QUESTIONS
  }
  return questionsOf(runsOf(state.fleetAssessments, checks).possibleRepeats, matrix, state.fleetAssessments)
}

/**
 * The fleet as of the header's date; undefined until the assessments are loaded and the date
 * known. (The fleet slice loads the install-details checks before it stores any assessment.)
 */
export function selectFleetMatrix(state: WizardState): FleetMatrix | undefined {
  const checks = currentChecks()
  return state.fleetAssessments === undefined || state.asOf === undefined || checks === undefined ? undefined : matrixOf(state.fleetAssessments, state.asOf, checks, state.rulePack)
}

const visibleOf = memoLast(filterFleetRows)

/** The rows the filter lets through, most urgent first. */
export function selectVisibleFleetRows(state: WizardState): readonly FleetRow[] {
  const matrix = selectFleetMatrix(state)
  return matrix === undefined ? EMPTY_ROWS : visibleOf(matrix.rows, state.fleetFilter)
}
