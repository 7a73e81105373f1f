/**
 * A fake assessment store for IPC tests: every operation succeeds with a canned answer built from
 * its arguments, and each is a `vi.fn` the test can inspect or script.
 */
import { vi } from 'vitest'
import { ASSESSMENT_KIND, ASSESSMENT_SCHEMA_VERSION, type Assessment, type AssessmentDraft } from '~shared/assessments/assessment'
import type { AssessmentList, ImportSummary, LoadedAssessment, StoreResult } from '~shared/assessments/store-types'
import type { AssessmentStore } from '~electron/main/services/assessment-store/assessment-store'

/** The id the fake gives a new assessment. */
export const FAKE_NEW_ID = '00000000-0000-4000-8000-000000000001'
/** A valid id for requests. */
export const FAKE_ID = '00000000-0000-4000-8000-000000000002'
const STAMP = '2026-11-26T10:42:00.000Z'

/** A saved assessment with `id` and the given fields. */
export function fakeAssessment(id: string = FAKE_ID, fields: Partial<AssessmentDraft> = {}): Assessment {
  return {
    kind: ASSESSMENT_KIND,
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    id,
    name: 'Contoso AADC01',
    customer: 'Contoso',
    serverName: 'AADC01',
    inputs: [],
    answers: {},
    asOf: null,
    notes: '',
    ...fields,
    createdAt: STAMP,
    updatedAt: STAMP,
  }
}

const okValue = <T>(value: T): StoreResult<T> => ({ ok: true, value })

/** The fake store. */
export function createFakeAssessmentStore() {
  return {
    list: vi.fn(async (): Promise<AssessmentList> => ({ entries: [], problems: [] })),
    load: vi.fn(async (id: string): Promise<StoreResult<LoadedAssessment>> => okValue({ assessment: fakeAssessment(id) })),
    save: vi.fn(async (draft: AssessmentDraft): Promise<StoreResult<Assessment>> => okValue(fakeAssessment(draft.id ?? FAKE_NEW_ID, draft))),
    rename: vi.fn(async (id: string, name: string): Promise<StoreResult<Assessment>> => okValue(fakeAssessment(id, { name }))),
    duplicate: vi.fn(async (_id: string): Promise<StoreResult<Assessment>> => okValue(fakeAssessment(FAKE_NEW_ID, { name: 'Contoso AADC01 (copy)' }))),
    delete: vi.fn(async (id: string): Promise<StoreResult<{ readonly id: string }>> => okValue({ id })),
    exportBundle: vi.fn(async (ids: readonly string[], _path: string): Promise<StoreResult<{ readonly count: number }>> => okValue({ count: ids.length })),
    importBundle: vi.fn(async (_path: string): Promise<StoreResult<ImportSummary>> => okValue({ imported: [], problems: [] })),
    cleanUp: vi.fn(async (): Promise<readonly string[]> => []),
  } satisfies AssessmentStore
}
