/**
 * The fleet workspace's derived state: the matrix of the loaded assessments as of the header's
 * date, and the rows the filter lets through. Each is computed once per change of its inputs, so
 * a thousand servers are assessed again only when the assessments or the date change.
 */
import type { Assessment } from '../../../shared/assessments/assessment'
import type { RulePack } from '../../../shared/rules/pack/types'
import { filterFleetRows } from '../../../shared/report/fleet-filter'
import { buildFleetMatrix, type FleetMatrix, type FleetRow } from '../../../shared/report/fleet-matrix'
import { fleetInputFromAssessments } from '../../../shared/report/from-assessment'
import { latestRunPerServer, type PossibleSameServer } from '../../../shared/report/fleet-runs'
import { deriveInstallDetails } from '../../../shared/intake/derive'
import { currentChecks, type DetailsChecks } from './checks'
import { memoLast } from './memo-last'
import type { WizardState } from './types'

const runsOf = memoLast((assessments: readonly Assessment[], checks: DetailsChecks) =>
  latestRunPerServer(assessments, (assessment) => deriveInstallDetails(assessment.inputs, assessment.conflictChoices ?? {}, checks.validateDetails).details),
)

const matrixOf = memoLast((assessments: readonly Assessment[], asOf: string, checks: DetailsChecks, pack: RulePack): FleetMatrix => {
  // A server assessed more than once (before and after an upgrade) is one row: its newest run.
  const { latest, earlierRuns } = runsOf(assessments, checks)
  const { servers } = fleetInputFromAssessments(latest, asOf, checks.validateDetails, pack)
  return buildFleetMatrix(
    servers.map((server, index) => {
      const id = latest[index]?.id
      return { key: id ?? server.source, server, earlierRuns: id === undefined ? 0 : (earlierRuns.get(id) ?? 0) }
    }),
    asOf,
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
