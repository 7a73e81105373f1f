/**
 * The real `MainDeps`: Electron's dialog, shell and app, wired for the IPC handlers.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { app, clipboard, dialog, shell, type BrowserWindow } from 'electron'
import { IPC_EVENTS, type EventName, type EventPayload } from '~shared/ipc/events'
import type { MainDeps, OpenDialogOptions, SaveDialogOptions } from './ipc/types'
import { loadBuiltInPack } from '../node/rule-pack/built-in'
import { releaseKeyFolder } from '../node/rule-pack/trust'
import { createAssessmentStore, type AssessmentStore } from './services/assessment-store/assessment-store'
import { createRulePackStore, type RulePackStore } from './services/rule-pack-store'
import { runCollectorProcess } from './services/collector-runner'
import { COLLECTOR_SCRIPT_NAME } from './services/collector-script'
import { toLocalIsoDate } from '../node/local-date'
import { createElectronPrintSeam } from './services/print-electron'
import { createPdfPrinter } from './services/print-to-pdf'
import { isAppUrl, toAllowedExternalUrl } from './url-policy'

/** What the deps need from the app's lifecycle. */
export interface MainDepsInput {
  /** The renderer's root URL; only pages under it may call IPC. */
  readonly appRootUrl: string
  /** The window dialogs attach to, if one is open. */
  readonly getWindow: () => BrowserWindow | undefined
}

const OPEN_DIALOG_FILTERS = [
  { name: 'Install details (JSON)', extensions: ['json'] },
  { name: 'Text files', extensions: ['txt'] },
  { name: 'Connector XML (Get-ADSyncServerConfiguration)', extensions: ['xml'] },
  { name: 'All files', extensions: ['*'] },
]

async function showOpenDialog(window: BrowserWindow | undefined, shown?: OpenDialogOptions): Promise<string | undefined> {
  const filters = shown === undefined ? OPEN_DIALOG_FILTERS : shown.filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }))
  const options = { title: shown?.title ?? 'Open install details', properties: ['openFile' as const], filters }
  const result = window === undefined ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options)
  return result.canceled ? undefined : result.filePaths[0]
}

async function showOpenFolderDialog(window: BrowserWindow | undefined): Promise<string | undefined> {
  const options = { title: 'Open server-configuration folder (Get-ADSyncServerConfiguration -Path)', properties: ['openDirectory' as const] }
  const result = window === undefined ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options)
  return result.canceled ? undefined : result.filePaths[0]
}

const SCRIPT_FILTERS = [{ name: 'PowerShell script', extensions: ['ps1'] }]

async function showSaveDialog(window: BrowserWindow | undefined, defaultFileName: string, shown: SaveDialogOptions = {}): Promise<string | undefined> {
  const options = {
    title: shown.title ?? 'Save the collector script',
    defaultPath: defaultFileName,
    filters: (shown.filters ?? SCRIPT_FILTERS).map((filter) => ({ name: filter.name, extensions: [...filter.extensions] })),
  }
  const result = window === undefined ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options)
  return result.canceled || result.filePath === undefined || result.filePath === '' ? undefined : result.filePath
}

/**
 * Where the collector script is: `extraResources` in a packaged app (electron-builder.yml), the
 * repository's build/collector/ in development.
 */
export function collectorScriptPath(isPackaged: boolean, resourcesPath: string, appPath: string): string {
  return isPackaged ? join(resourcesPath, 'collector', COLLECTOR_SCRIPT_NAME) : join(appPath, 'build', 'collector', COLLECTOR_SCRIPT_NAME)
}

function sendEvent(window: BrowserWindow | undefined, event: EventName, payload: EventPayload<EventName>): void {
  const checked = IPC_EVENTS[event].payload.safeParse(payload)
  if (window !== undefined && !window.isDestroyed() && checked.success) {
    window.webContents.send(event, checked.data)
  }
}

/** Opens a link in the OS browser, checking the allowlist once more (defence in depth). */
export async function openExternalLink(url: string): Promise<void> {
  const allowed = toAllowedExternalUrl(url)
  if (allowed === undefined) {
    throw new Error('This link is not on the allowlist.')
  }
  await shell.openExternal(allowed)
}

/** Opens the assessment store under `userData/assessments` and removes what interrupted writes left there. */
function openAssessmentStore(): AssessmentStore {
  const store = createAssessmentStore({ folder: join(app.getPath('userData'), 'assessments') })
  void store.cleanUp()
  return store
}

/** The rule packs: imported ones and user-trusted keys under userData, the release keys shipped with the app. */
function openRulePackStore(): RulePackStore {
  const userData = app.getPath('userData')
  const version = app.getVersion()
  return createRulePackStore({
    packFolder: join(userData, 'rule-packs'),
    userKeyFolder: join(userData, 'trusted-keys'),
    releaseKeyFolder: releaseKeyFolder(app.isPackaged, process.resourcesPath ?? join(app.getAppPath(), '..'), app.getAppPath()),
    appVersion: version,
    loadBuiltIn: () => loadBuiltInPack(version),
  })
}

/** Builds the deps the IPC handlers run against in the app. */
export function createMainDeps(input: MainDepsInput): MainDeps {
  return {
    isTrustedSenderUrl: (url) => isAppUrl(url, input.appRootUrl),
    showOpenDialog: (options) => showOpenDialog(input.getWindow(), options),
    showOpenFolderDialog: () => showOpenFolderDialog(input.getWindow()),
    openExternal: openExternalLink,
    writeClipboardText: (text) => clipboard.writeText(text),
    appVersion: app.getVersion(),
    platform: process.platform,
    today: () => toLocalIsoDate(new Date()),
    showSaveDialog: (defaultFileName, options) => showSaveDialog(input.getWindow(), defaultFileName, options),
    assessments: openAssessmentStore(),
    rulePacks: openRulePackStore(),
    // resourcesPath is Electron's; outside Electron (tests) the app folder's parent stands in, as when packaged.
    collectorScriptPath: collectorScriptPath(app.isPackaged, process.resourcesPath ?? join(app.getAppPath(), '..'), app.getAppPath()),
    runCollector: (request) => runCollectorProcess({ ...request, platform: process.platform, spawn }),
    printToPdf: createPdfPrinter({ electron: createElectronPrintSeam() }),
    sendEvent: (event, payload) => sendEvent(input.getWindow(), event, payload),
  }
}
