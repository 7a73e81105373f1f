/**
 * The assessment channels: list, load (one or a batch), save, rename, duplicate, delete, export and import.
 *
 * Thin: the request is already parsed by the guard; each handler calls the store and turns its
 * result into an IPC result. Export and import paths come from main's own dialogs, never the renderer.
 */
import { basename } from 'node:path'
import type { StoreErrorCode, StoreResult } from '~shared/assessments/store-types'
import { fail, ok, type ErrorCode, type Result } from '~shared/ipc/result'
import type { Handler } from '../guard'
import type { MainDeps } from '../types'

/** The assessment handlers. */
export type AssessmentHandlers = {
  readonly [C in
    | 'assessments:list'
    | 'assessments:load'
    | 'assessments:load-many'
    | 'assessments:save'
    | 'assessments:rename'
    | 'assessments:duplicate'
    | 'assessments:delete'
    | 'assessments:export'
    | 'assessments:import']: Handler<C>
}

const ERROR_CODE_OF: Readonly<Record<StoreErrorCode, ErrorCode>> = {
  'not-found': 'not-found',
  invalid: 'invalid-document',
  'unreadable-on-disk': 'file-unreadable',
  'read-only': 'file-unwritable',
  'disk-full': 'file-unwritable',
  io: 'file-unwritable',
}

/** Turns a store result into an IPC result (the store's codes mapped onto the contract's). */
export function fromStore<T>(result: StoreResult<T>): Result<T> {
  return result.ok ? ok(result.value) : fail(ERROR_CODE_OF[result.error.code], result.error.message)
}

/** The file name a bundle of `count` assessments is offered under. */
export function bundleFileName(count: number, today: string): string {
  return count === 1 ? `assessment-${today}.json` : `assessments-${today}.json`
}

const BUNDLE_FILTERS = [{ name: 'Assessment bundle (JSON)', extensions: ['json'] }]

/** Builds the assessment handlers over `deps.assessments`. */
export function createAssessmentHandlers(deps: MainDeps): AssessmentHandlers {
  const store = deps.assessments
  return {
    'assessments:list': async () => {
      const list = await store.list()
      return ok({ entries: [...list.entries], problems: [...list.problems] })
    },
    'assessments:load': async ({ id }) => fromStore(await store.load(id)),
    // One request for many: the fleet opens on hundreds of assessments, and a round trip each is most of its wait.
    'assessments:load-many': async ({ ids }) => {
      const loaded = await Promise.all(
        [...new Set(ids)].map(async (id) => {
          const result = fromStore(await store.load(id))
          return result.ok ? { id, ...result.value } : { id, error: result.error }
        }),
      )
      return ok({ loaded })
    },
    'assessments:save': async (draft) => fromStore(await store.save(draft)),
    'assessments:rename': async ({ id, name }) => fromStore(await store.rename(id, name)),
    'assessments:duplicate': async ({ id }) => fromStore(await store.duplicate(id)),
    'assessments:delete': async ({ id }) => fromStore(await store.delete(id)),
    'assessments:export': async ({ ids }) => {
      const target = await deps.showSaveDialog(bundleFileName(ids.length, deps.today()), {
        title: 'Export assessments',
        filters: BUNDLE_FILTERS,
      })
      if (target === undefined) {
        return ok({ status: 'canceled' as const })
      }
      const exported = await store.exportBundle(ids, target)
      return exported.ok ? ok({ status: 'saved' as const, fileName: basename(target), count: exported.value.count }) : fromStore(exported)
    },
    'assessments:import': async () => {
      const source = await deps.showOpenDialog()
      if (source === undefined) {
        return ok({ status: 'canceled' as const })
      }
      const imported = await store.importBundle(source)
      if (!imported.ok) {
        return fromStore(imported)
      }
      return ok({ status: 'imported' as const, imported: [...imported.value.imported], problems: [...imported.value.problems] })
    },
  }
}
