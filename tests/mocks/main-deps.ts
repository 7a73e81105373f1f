/**
 * Fake `MainDeps` for IPC tests: a trusted URL, scripted open and save dialogs, a recording
 * openExternal and event sender, a fake collector run that writes a recorded document, and a fake
 * printer that records the HTML it is given.
 */
import { randomUUID } from 'node:crypto'
import fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { vi } from 'vitest'
import type { CollectorProcessRequest, MainDeps, SaveDialogOptions, SenderInfo } from '~electron/main/ipc/types'
import type { EventName, EventPayload } from '~shared/ipc/events'
import { ok, type Result } from '~shared/ipc/result'
import { createRulePackStore } from '~electron/main/services/rule-pack-store'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { createFakeAssessmentStore } from './assessment-store'

/** The app page the fake deps trust. */
export const TRUSTED_URL = 'file:///opt/entra-readiness/out/renderer/index.html'

/** The app's own main frame. */
export const TRUSTED_SENDER: SenderInfo = { url: TRUSTED_URL, isMainFrame: true }

/** The repository's collector script: the fake deps ship the real one. */
export const COLLECTOR_SCRIPT_PATH = fileURLToPath(new URL('../../build/collector/Collect-EntraConnectDetails.ps1', import.meta.url))

/** The document the fake collector "writes": a recorded run on AADC01. */
export const RECORDED_COLLECTOR_OUTPUT = fileURLToPath(new URL('../fixtures/collector/aadc01-collector-output.json', import.meta.url))

/** A fake collector run: prints two lines, then writes `document` to the out file. */
export function fakeCollectorRun(document: string = RECORDED_COLLECTOR_OUTPUT) {
  return vi.fn(async (request: CollectorProcessRequest): Promise<Result<null>> => {
    request.onOutput('Reading the server')
    request.onOutput('Writing the document')
    await fsp.copyFile(document, request.outFile)
    return ok(null)
  })
}

/** What the fake printer "prints": a marker a test can recognise, with the HTML's length. */
export function fakePdfBytes(html: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.7\n% fake print of ${html.length} characters\n%%EOF\n`)
}

/**
 * Fake deps; `chosenPath` is what the open dialog returns (undefined: canceled). Spread the result
 * to replace another dependency (`{ ...createFakeDeps(), platform: 'linux' }`).
 */
export function createFakeDeps(chosenPath?: string) {
  return {
    isTrustedSenderUrl: vi.fn((url: string) => url === TRUSTED_URL),
    showOpenDialog: vi.fn(async () => chosenPath),
    showOpenFolderDialog: vi.fn(async () => chosenPath),
    openExternal: vi.fn(async (_url: string) => undefined),
    writeClipboardText: vi.fn((_text: string) => undefined),
    appVersion: '0.1.0',
    platform: 'win32',
    today: vi.fn(() => '2026-11-26'),
    showSaveDialog: vi.fn(async (_defaultFileName: string, _options?: SaveDialogOptions): Promise<string | undefined> => undefined),
    assessments: createFakeAssessmentStore(),
    rulePacks: createRulePackStore({
      packFolder: join(tmpdir(), `entra-readiness-fake-packs-${process.pid}-${randomUUID()}`),
      userKeyFolder: join(tmpdir(), `entra-readiness-fake-keys-${process.pid}-${randomUUID()}`),
      releaseKeyFolder: join(tmpdir(), 'entra-readiness-tests-no-release-keys'),
      appVersion: '0.1.0',
      loadBuiltIn: () => BUILT_IN_PACK,
    }),
    collectorScriptPath: COLLECTOR_SCRIPT_PATH,
    runCollector: fakeCollectorRun(),
    printToPdf: vi.fn(async (html: string) => fakePdfBytes(html)),
    sendEvent: vi.fn(<E extends EventName>(_event: E, _payload: EventPayload<E>) => undefined),
  } satisfies MainDeps
}
