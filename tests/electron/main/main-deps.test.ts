import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMainDeps, openExternalLink } from '../../../electron/main/main-deps'
import { BrowserWindow, dialog, resetElectronMock, shell } from '../../mocks/electron'

vi.mock('electron', () => import('../../mocks/electron'))

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

  it('reports the version from the app, and today as a date', () => {
    const made = deps()
    expect(made.appVersion).toBe('0.1.0')
    expect(made.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
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
