/**
 * Runs for report tests: servers assessed from fixture files (or from documents built in a test),
 * as the wizard and the command line hand them to the reports.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { assessServer } from '~shared/assess'
import type { IsoDate } from '~shared/dates/iso-date'
import { serverInputFromReport, type FleetInput, type ServerInput, type SourceError } from '~shared/report/fleet-input'
import { installDetailsSchema } from '~shared/types/install-details'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

/** The as-of date of the report tests. */
export const REPORT_AS_OF = '2026-11-26'

/** The sample fleet: the contract's example, a staging server and a V1 server. */
export const SAMPLE_FLEET_FILES = ['tests/fixtures/files/aadc01.json', 'tests/fixtures/scenarios/staging-server.json', 'tests/fixtures/scenarios/v1-ws2012r2.json'] as const

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** A server assessed from `document` (validated as install details), labelled `source`. */
export function serverFromDocument(document: unknown, source: string, extra: Partial<ServerInput> = {}, asOf: IsoDate = REPORT_AS_OF): ServerInput {
  const details = installDetailsSchema.parse(document)
  return { ...serverInputFromReport(details, assessServer(details, asOf, BUILT_IN_PACK, { default: source }), source), ...extra }
}

/** A server assessed from a fixture file (path relative to the project). */
export function serverFromFile(path: string, extra: Partial<ServerInput> = {}, asOf: IsoDate = REPORT_AS_OF): ServerInput {
  return serverFromDocument(JSON.parse(readFileSync(`${ROOT}${path}`, 'utf8')), path, extra, asOf)
}

/** The fixture file's document, to change in a test. */
export function documentOf(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${ROOT}${path}`, 'utf8')) as Record<string, unknown>
}

/** A run of `servers` as of the report tests' date. */
export function fleetOf(servers: readonly ServerInput[], errors: readonly SourceError[] = []): FleetInput {
  return { asOf: REPORT_AS_OF, rulePack: { version: BUILT_IN_PACK.version, asOf: BUILT_IN_PACK.asOf }, servers, errors }
}

/** The sample fleet as a run. */
export function sampleFleet(): FleetInput {
  return fleetOf(SAMPLE_FLEET_FILES.map((path) => serverFromFile(path)))
}
