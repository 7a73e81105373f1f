/**
 * The real `MainDeps`: Electron's dialog, shell and app, wired for the IPC handlers.
 */
import { app, clipboard, dialog, shell, type BrowserWindow } from 'electron'
import type { MainDeps } from './ipc/types'
import { toLocalIsoDate } from './services/local-date'
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
  { name: 'All files', extensions: ['*'] },
]

async function showOpenDialog(window: BrowserWindow | undefined): Promise<string | undefined> {
  const options = { title: 'Open install details', properties: ['openFile' as const], filters: OPEN_DIALOG_FILTERS }
  const result = window === undefined ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options)
  return result.canceled ? undefined : result.filePaths[0]
}

/** Opens a link in the OS browser, checking the allowlist once more (defence in depth). */
export async function openExternalLink(url: string): Promise<void> {
  const allowed = toAllowedExternalUrl(url)
  if (allowed === undefined) {
    throw new Error('This link is not on the allowlist.')
  }
  await shell.openExternal(allowed)
}

/** Builds the deps the IPC handlers run against in the app. */
export function createMainDeps(input: MainDepsInput): MainDeps {
  return {
    isTrustedSenderUrl: (url) => isAppUrl(url, input.appRootUrl),
    showOpenDialog: () => showOpenDialog(input.getWindow()),
    openExternal: openExternalLink,
    writeClipboardText: (text) => clipboard.writeText(text),
    appVersion: app.getVersion(),
    platform: process.platform,
    today: () => toLocalIsoDate(new Date()),
  }
}
