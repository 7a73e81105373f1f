import { beforeEach, describe, expect, it, vi } from 'vitest'
import { collectorScriptPath, createMainDeps, openExternalLink } from '~electron/main/main-deps'
import { BrowserWindow, dialog, resetElectronMock, session, shell } from '~tests/mocks/electron'

vi.mock('electron', () => import('~tests/mocks/electron'))

const ROOT = 'file:///opt/entra-readiness/out/renderer/'

function deps(window?: BrowserWindow) {
  return createMainDeps({ appRootUrl: ROOT, getWindow: () => window as never })
}

beforeEach(() => {
  resetElectronMock()
})

describe('createMainDeps', () => {
  it('trusts only pages under the renderer root', () => {
    expect(deps().isTrustedSenderUrl(`${ROOT}index.html`)).toBe(true)
    expect(deps().isTrustedSenderUrl('https://evil.example.com/')).toBe(false)
  })

  it('answers the chosen path of the open dialog, attached to the window', async () => {
    const window = new BrowserWindow({})
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['C:\\temp\\aadc01.json'] })
    expect(await deps(window).showOpenDialog()).toBe('C:\\temp\\aadc01.json')
    expect(dialog.showOpenDialog.mock.calls[0]?.[0]).toBe(window)
  })

  it('answers undefined when the dialog is canceled', async () => {
    expect(await deps().showOpenDialog()).toBeUndefined()
  })

  it('asks for a folder, not a file, in the folder dialog, attached to the window', async () => {
    const window = new BrowserWindow({})
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['C:\\temp\\ServerConfiguration'] })
    expect(await deps(window).showOpenFolderDialog()).toBe('C:\\temp\\ServerConfiguration')
    expect(dialog.showOpenDialog.mock.calls[0]?.[0]).toBe(window)
    expect(dialog.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({ properties: ['openDirectory'] })
    expect(await deps().showOpenFolderDialog()).toBeUndefined()
  })

  it('reports the version from the app, and today as a date', () => {
    const made = deps()
    expect(made.appVersion).toBe('0.1.0')
    expect(made.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('createMainDeps: the collector', () => {
  it('answers the path chosen in the save dialog, attached to the window, offering the script’s name', async () => {
    const window = new BrowserWindow({})
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: 'C:\\Users\\admin\\Collect.ps1' })
    expect(await deps(window).showSaveDialog('Collect-EntraConnectDetails.ps1')).toBe('C:\\Users\\admin\\Collect.ps1')
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toBe(window)
    expect(dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({ defaultPath: 'Collect-EntraConnectDetails.ps1' })
  })

  it('answers undefined when the save dialog is canceled', async () => {
    expect(await deps().showSaveDialog('Collect-EntraConnectDetails.ps1')).toBeUndefined()
  })

  it('finds the script in the resources when packaged, in build/collector/ in development', () => {
    expect(collectorScriptPath(true, '/opt/app/resources', '/opt/app/resources/app.asar')).toBe('/opt/app/resources/collector/Collect-EntraConnectDetails.ps1')
    expect(collectorScriptPath(false, '/ignored', '/work/repo')).toBe('/work/repo/build/collector/Collect-EntraConnectDetails.ps1')
  })

  it('sends a progress event to the window, and drops one outside its schema', () => {
    const window = new BrowserWindow({})
    deps(window).sendEvent('collector:progress', { line: 'Reading the registry' })
    deps(window).sendEvent('collector:progress', { line: 'x'.repeat(5000) })
    expect(window.webContents.send.mock.calls).toEqual([['collector:progress', { line: 'Reading the registry' }]])
  })

  it('refuses to run the collector anywhere but Windows', async () => {
    const result = await deps().runCollector({ scriptPath: 's.ps1', outFile: 'o.json', workingDirectory: '.', signal: new AbortController().signal, onOutput: () => undefined })
    expect(result).toMatchObject(process.platform === 'win32' ? {} : { ok: false, error: { code: 'not-allowed' } })
  })
})

describe('openExternalLink', () => {
  it('opens an allowlisted link in the OS browser', async () => {
    await openExternalLink('https://learn.microsoft.com/entra/')
    expect(shell.openExternal).toHaveBeenCalledWith('https://learn.microsoft.com/entra/')
  })

  it('refuses anything else, even when called directly', async () => {
    await expect(openExternalLink('https://evil.example.com/')).rejects.toThrow(/allowlist/)
    expect(shell.openExternal).not.toHaveBeenCalled()
  })
})

describe('createMainDeps: printing to PDF', () => {
  it('prints in a hidden window of the print partition, then destroys it', async () => {
    const bytes = await deps().printToPdf('<!doctype html><title>Report</title><p>AADC01</p>')
    expect(new TextDecoder().decode(bytes)).toMatch(/^%PDF-/)
    const [window] = BrowserWindow.instances
    expect(window?.options).toMatchObject({ show: false, webPreferences: { partition: 'entra-readiness-print', javascript: false, sandbox: true } })
    expect(window?.loadFile.mock.calls[0]?.[0]).toMatch(/entra-readiness-[^/\\]+[/\\]report\.html$/)
    expect(window?.destroy).toHaveBeenCalledOnce()
    expect(session.fromPartition).toHaveBeenCalledWith('entra-readiness-print')
  })
})
