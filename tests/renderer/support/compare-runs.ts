/**
 * Saved runs of one server for the compare workspace's tests, and a fake API that lists and
 * loads them (each load can be held back, to answer out of order).
 */
import { vi } from 'vitest'
import type { Assessment } from '~shared/assessments/assessment'
import { summarize } from '~shared/assessments/store-types'
import type { WizardApi } from '~shared/ipc/api'
import type { Result } from '~shared/ipc/result'
import { smallDraft } from '~tests/support/assessment-drafts'
import { createFakeApi, errorResult, okResult, savedAssessment, type FakeApi } from './fake-api'

/** Ids of the runs. */
export const RUN_IDS = {
  old: '11111111-1111-4111-8111-111111111111',
  upgraded: '22222222-2222-4222-8222-222222222222',
  other: '33333333-3333-4333-8333-333333333333',
} as const

const VERSION_PATHS = new Set(['connect.version', 'connect.serverConfigurationVersion'])

/** The small draft's collector input with its installed and configured versions set to `version`. */
function withVersion(version: string) {
  return smallDraft().inputs.map((input) => ({ ...input, facts: input.facts.map((fact) => (VERSION_PATHS.has(fact.path) ? { ...fact, value: version } : fact)) }))
}

/** AADC01 on 2.4.27.0 (saved first), the same server on 2.5.190.0 (saved later), and AADC02. */
export const RUNS: Readonly<Record<keyof typeof RUN_IDS, Assessment>> = {
  old: savedAssessment({ ...smallDraft({ inputs: withVersion('2.4.27.0') }), id: RUN_IDS.old }, '2026-11-20T09:00:00.000Z'),
  upgraded: savedAssessment({ ...smallDraft({ name: 'Contoso AADC01 (copy)', inputs: withVersion('2.5.190.0') }), id: RUN_IDS.upgraded }, '2026-11-25T09:00:00.000Z'),
  other: savedAssessment({ ...smallDraft({ name: 'Contoso AADC02', serverName: 'AADC02' }), id: RUN_IDS.other }, '2026-11-22T09:00:00.000Z'),
}

/** What a compare test controls. */
export interface CompareFake {
  readonly fake: FakeApi
  readonly list: ReturnType<typeof vi.fn<() => Promise<Result<unknown>>>>
  /** Holds back the next load of `id` until the returned function is called. */
  readonly holdLoad: (id: string) => () => void
}

/** A fake API whose store holds `runs` (newest change first in the list). */
export function createCompareFake(runs: readonly Assessment[] = Object.values(RUNS)): CompareFake {
  const fake = createFakeApi()
  const byId = new Map(runs.map((run) => [run.id, run]))
  const held = new Map<string, Promise<void>>()
  const entries = [...runs].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map((run) => summarize(run))
  const list = vi.fn(async (): Promise<Result<unknown>> => okResult({ entries, problems: [] }))
  fake.loadAssessment.mockImplementation(async ({ id }) => {
    await held.get(id)
    held.delete(id)
    const run = byId.get(id)
    return run === undefined ? errorResult('not-found', 'There is no such assessment.') : okResult({ assessment: run })
  })
  Object.assign(fake.api.assessments as unknown as Record<string, unknown>, { list })
  return {
    fake: { ...fake, api: fake.api as WizardApi },
    list,
    holdLoad: (id) => {
      let release = () => {}
      held.set(id, new Promise<void>((resolve) => (release = resolve)))
      return () => release()
    },
  }
}
