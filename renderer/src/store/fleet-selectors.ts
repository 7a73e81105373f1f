/**
 * The fleet workspace's derived state: the matrix of the loaded assessments as of the header's
 * date, and the rows the filter lets through. Each is computed once per change of its inputs, and
 * each assessment is assessed once per date and pack: a save re-assesses that one server only.
 */
import { userDateFormatter } from '../components/locale-date'
import type { Assessment } from '~shared/assessments/assessment'
import type { RulePack } from '~shared/rules/pack/types'
import { filterFleetRows } from '~shared/report/fleet-filter'
import { buildFleetMatrix, type FleetMatrix, type FleetRow } from '~shared/report/fleet-matrix'
import type { ServerInput } from '~shared/report/fleet-input'
import { serverInputFromDerived } from '~shared/report/from-assessment'
import { latestRunPerServer, type PossibleSameServer } from '~shared/report/fleet-runs'
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
const NO_OFFERS: readonly PossibleSameServer[] = []

/** Rows that may be one server (only their short name agrees): the Fleet asks "Same server, later run?". */
export function selectPossiblySameServers(state: WizardState): readonly PossibleSameServer[] {
  const checks = currentChecks()
  return state.fleetAssessments === undefined || checks === undefined ? NO_OFFERS : runsOf(state.fleetAssessments, checks).possiblySame
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
