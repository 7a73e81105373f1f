/**
 * Fake `MainDeps` for IPC tests: a trusted URL, a scripted open dialog, a recording openExternal.
 */
import { vi } from 'vitest'
import type { MainDeps, SenderInfo } from '../../electron/main/ipc/types'

/** The app page the fake deps trust. */
export const TRUSTED_URL = 'file:///opt/entra-readiness/out/renderer/index.html'

/** The app's own main frame. */
export const TRUSTED_SENDER: SenderInfo = { url: TRUSTED_URL, isMainFrame: true }

/** Fake deps; `chosenPath` is what the open dialog returns (undefined: canceled). */
export function createFakeDeps(chosenPath?: string) {
  return {
    isTrustedSenderUrl: vi.fn((url: string) => url === TRUSTED_URL),
    showOpenDialog: vi.fn(async () => chosenPath),
    openExternal: vi.fn(async (_url: string) => undefined),
    writeClipboardText: vi.fn((_text: string) => undefined),
    appVersion: '0.1.0',
    platform: 'win32',
    today: vi.fn(() => '2026-11-26'),
  } satisfies MainDeps
}
