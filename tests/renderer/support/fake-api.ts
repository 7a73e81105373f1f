/**
 * A fake `window.api` for store and component tests: each function is a vitest mock with a
 * sensible default answer, replaceable per test.
 */
import { vi } from 'vitest'
import type { WizardApi } from '../../../shared/ipc/api'
import type { AppInfo, OpenFileValue } from '../../../shared/ipc/contract'
import type { IpcError, Result } from '../../../shared/ipc/result'

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
  readonly openExternal: ReturnType<typeof vi.fn<(request: { url: string }) => Promise<Result<{ opened: true }>>>>
  readonly writeText: ReturnType<typeof vi.fn<(request: { text: string }) => Promise<Result<{ copied: true }>>>>
}

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
  const openExternal = vi.fn(async (_request: { url: string }) => okResult({ opened: true as const }))
  const writeText = vi.fn(async (_request: { text: string }) => okResult({ copied: true as const }))
  const api = {
    app: { getInfo },
    details: { openFile },
    link: { openExternal },
    clipboard: { writeText },
  } as unknown as WizardApi
  return { api, getInfo, openFile, openExternal, writeText }
}
