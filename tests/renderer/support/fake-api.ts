/**
 * A fake `window.api` for store and component tests: each function is a vitest mock with a
 * sensible default answer, replaceable per test.
 */
import { vi } from 'vitest'
import type { WizardApi } from '~shared/ipc/api'
import type { AppInfo, OpenFileValue } from '~shared/ipc/contract'
import type { EventPayload } from '~shared/ipc/events'
import type { CollectorScript, ImportedInput, SaveScriptValue } from '~shared/ipc/input-schemas'
import type { IpcError, Result } from '~shared/ipc/result'
import type { Assessment, AssessmentDraft } from '~shared/assessments/assessment'
import type { ActivePack, ImportPackValue, InspectKeyValue, TrustedKeyView } from '~shared/ipc/rule-pack-schemas'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

/** The pack in use as main answers it when nothing was imported: the built-in pack. */
export const BUILT_IN_ACTIVE: ActivePack = {
  pack: BUILT_IN_PACK,
  origin: { version: BUILT_IN_PACK.version, asOf: BUILT_IN_PACK.asOf, source: 'built-in' },
  builtIn: { version: BUILT_IN_PACK.version, asOf: BUILT_IN_PACK.asOf },
  refused: [],
}

/** The id the fake save gives a new assessment. */
export const SAVED_ID = '00000000-0000-4000-8000-0000000000aa'

/** The saved assessment main would answer for `draft`, stamped `at`. */
export function savedAssessment(draft: AssessmentDraft, at = '2026-11-26T10:42:00.000Z'): Assessment {
  const { id, ...fields } = draft
  return { kind: 'entra-connect-assessment', schemaVersion: 2, id: id ?? SAVED_ID, ...fields, createdAt: at, updatedAt: at }
}

/** App info as main would send it. */
export const APP_INFO: AppInfo = {
  appVersion: '0.1.0',
  rulePack: { version: '2026.11.26', asOf: '2026-11-26' },
  platform: 'linux',
  today: '2026-11-26',
}

/** The fake API and its mocks, for assertions. */
export interface FakeApi {
  readonly api: WizardApi
  readonly getInfo: ReturnType<typeof vi.fn<() => Promise<Result<AppInfo>>>>
  readonly openFile: ReturnType<typeof vi.fn<() => Promise<Result<OpenFileValue>>>>
  readonly openFolder: ReturnType<typeof vi.fn<() => Promise<Result<OpenFileValue>>>>
  readonly openExternal: ReturnType<typeof vi.fn<(request: { url: string }) => Promise<Result<{ opened: true }>>>>
  readonly writeText: ReturnType<typeof vi.fn<(request: { text: string }) => Promise<Result<{ copied: true }>>>>
  readonly getScript: ReturnType<typeof vi.fn<() => Promise<Result<CollectorScript>>>>
  readonly saveScript: ReturnType<typeof vi.fn<() => Promise<Result<SaveScriptValue>>>>
  readonly runCollector: ReturnType<typeof vi.fn<() => Promise<Result<ImportedInput>>>>
  readonly cancelCollector: ReturnType<typeof vi.fn<() => Promise<Result<{ canceled: boolean }>>>>
  readonly saveAssessment: ReturnType<typeof vi.fn<(draft: AssessmentDraft) => Promise<Result<Assessment>>>>
  readonly loadManyAssessments: ReturnType<typeof vi.fn<(request: { ids: readonly string[] }) => Promise<Result<{ loaded: ({ id: string; assessment: Assessment } | { id: string; error: { code: string; message: string } })[] }>>>>
  readonly loadAssessment: ReturnType<typeof vi.fn<(request: { id: string }) => Promise<Result<{ assessment: Assessment }>>>>
  readonly getActivePack: ReturnType<typeof vi.fn<() => Promise<Result<ActivePack>>>>
  readonly importPack: ReturnType<typeof vi.fn<() => Promise<Result<ImportPackValue>>>>
  readonly listKeys: ReturnType<typeof vi.fn<() => Promise<Result<{ keys: TrustedKeyView[] }>>>>
  readonly inspectKey: ReturnType<typeof vi.fn<() => Promise<Result<InspectKeyValue>>>>
  readonly trustKey: ReturnType<typeof vi.fn<(request: { fingerprint: string }) => Promise<Result<{ keys: TrustedKeyView[] }>>>>
  /** Sends a `collector:progress` event to every subscribed listener, as main would. */
  readonly emitProgress: (payload: EventPayload<'collector:progress'>) => void
  /** How many progress listeners are subscribed now. */
  readonly progressListenerCount: () => number
}

/** The fake collector script. */
export const FAKE_SCRIPT: CollectorScript = { fileName: 'Collect-EntraConnectDetails.ps1', text: '<# read-only #>\nGet-ADSyncScheduler' }

/** A success result. */
export function okResult<T>(value: T): Result<T> {
  return { ok: true, value }
}

/** An error result. */
export function errorResult(code: IpcError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } }
}

/** Builds a fake API: app info answers, the dialog is canceled, links open. */
export function createFakeApi(): FakeApi {
  const getInfo = vi.fn(async () => okResult(APP_INFO))
  const openFile = vi.fn(async (): Promise<Result<OpenFileValue>> => okResult({ status: 'canceled' }))
  const openFolder = vi.fn(async (): Promise<Result<OpenFileValue>> => okResult({ status: 'canceled' }))
  const openExternal = vi.fn(async (_request: { url: string }) => okResult({ opened: true as const }))
  const writeText = vi.fn(async (_request: { text: string }) => okResult({ copied: true as const }))
  const getScript = vi.fn(async (): Promise<Result<CollectorScript>> => okResult(FAKE_SCRIPT))
  const saveScript = vi.fn(async (): Promise<Result<SaveScriptValue>> => okResult({ status: 'canceled' }))
  const runCollector = vi.fn(async (): Promise<Result<ImportedInput>> => errorResult('not-allowed', 'Not on Windows.'))
  const cancelCollector = vi.fn(async () => okResult({ canceled: true }))
  const saveAssessment = vi.fn(async (draft: AssessmentDraft): Promise<Result<Assessment>> => okResult(savedAssessment(draft)))
  const loadAssessment = vi.fn(async (_request: { id: string }): Promise<Result<{ assessment: Assessment }>> => errorResult('not-found', 'There is no such assessment.'))
  // The batch load answers through `loadAssessment`, so a test sets one mock for both ways of loading.
  const loadManyAssessments = vi.fn(async ({ ids }: { ids: readonly string[] }) => {
    const loaded = await Promise.all(ids.map(async (id) => {
      const result = await loadAssessment({ id })
      return result.ok ? { id, ...result.value } : { id, error: result.error }
    }))
    return okResult({ loaded })
  })
  const getActivePack = vi.fn(async (): Promise<Result<ActivePack>> => okResult(BUILT_IN_ACTIVE))
  const importPack = vi.fn(async (): Promise<Result<ImportPackValue>> => okResult({ status: 'canceled' }))
  const listKeys = vi.fn(async (): Promise<Result<{ keys: TrustedKeyView[] }>> => okResult({ keys: [] }))
  const inspectKey = vi.fn(async (): Promise<Result<InspectKeyValue>> => okResult({ status: 'canceled' }))
  const trustKey = vi.fn(async (_request: { fingerprint: string }): Promise<Result<{ keys: TrustedKeyView[] }>> => errorResult('not-found', 'No key was chosen.'))
  const listeners = new Set<(payload: EventPayload<'collector:progress'>) => void>()
  const onProgress = (listener: (payload: EventPayload<'collector:progress'>) => void) => {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }
  const api = {
    app: { getInfo },
    details: { openFile, openFolder },
    link: { openExternal },
    clipboard: { writeText },
    collector: { getScript, saveScript, run: runCollector, cancel: cancelCollector, onProgress },
    assessments: { save: saveAssessment, load: loadAssessment, loadMany: loadManyAssessments },
    rulePack: { getActive: getActivePack, import: importPack, listKeys, inspectKey, trustKey },
  } as unknown as WizardApi
  return {
    api,
    getInfo,
    openFile,
    openFolder,
    openExternal,
    writeText,
    getScript,
    saveScript,
    runCollector,
    cancelCollector,
    saveAssessment,
    loadAssessment,
    loadManyAssessments,
    getActivePack,
    importPack,
    listKeys,
    inspectKey,
    trustKey,
    emitProgress: (payload) => listeners.forEach((listener) => listener(payload)),
    progressListenerCount: () => listeners.size,
  }
}
