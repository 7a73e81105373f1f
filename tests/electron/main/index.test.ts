import { afterEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '~shared/ipc/contract'

vi.mock('electron', () => import('~tests/mocks/electron'))

type ElectronMock = typeof import('~tests/mocks/electron')

/** Loads index.ts afresh over the reset mock; `arrange` runs first, on the mock index.ts will see. */
async function startApp(arrange: (electron: ElectronMock) => void = () => undefined): Promise<ElectronMock> {
  vi.resetModules()
  // The mock factory's result is cached across resetModules: this is the instance index.ts gets.
  const electron = (await import('electron')) as unknown as ElectronMock
  electron.resetElectronMock()
  arrange(electron)
  await import('~electron/main/index')
  await vi.waitFor(() => expect(electron.BrowserWindow.instances.length + electron.app.quit.mock.calls.length).toBeGreaterThan(0))
  return electron
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('main process lifecycle', () => {
  it('quits at once when another instance holds the lock', async () => {
    const { app, BrowserWindow } = await startApp(({ app }) => app.requestSingleInstanceLock.mockReturnValueOnce(false))
    expect(app.quit).toHaveBeenCalledOnce()
    expect(BrowserWindow.instances).toEqual([])
  })

  it('creates one hidden, sandboxed window on ready and shows it when ready to show', async () => {
    const { BrowserWindow } = await startApp()
    const [window] = BrowserWindow.instances
    expect(BrowserWindow.instances).toHaveLength(1)
    expect(window?.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true } })
    window?.emit('ready-to-show')
    expect(window?.show).toHaveBeenCalledOnce()
  })

  it('loads the built renderer from app://renderer/ (never file://) with the built preload', async () => {
    const { BrowserWindow } = await startApp()
    const [window] = BrowserWindow.instances
    expect(window?.loadURL).toHaveBeenCalledWith('app://renderer/index.html')
    expect(window?.loadFile).not.toHaveBeenCalled()
    expect(window?.options).toMatchObject({ webPreferences: { preload: '/opt/entra-readiness/out/preload/index.cjs' } })
  })

  it('loads the dev server in development', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    const { BrowserWindow } = await startApp()
    expect(BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173/')
  })

  it('ignores the dev server variable in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    const { BrowserWindow } = await startApp(({ app }) => {
      app.isPackaged = true
    })
    expect(BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('app://renderer/index.html')
    expect(BrowserWindow.instances[0]?.loadFile).not.toHaveBeenCalled()
  })

  it('registers app:// as a privileged standard, secure scheme before ready, and serves the renderer folder on it', async () => {
    const { protocol, session, app } = await startApp()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0] ?? Infinity)
    expect(session.defaultSession.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })

  it('registers every IPC channel, the session guards and the menu', async () => {
    const { ipcMain, session, Menu } = await startApp()
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual([...CHANNELS].sort())
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce()
    expect(session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledOnce()
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce()
  })

  it('focuses the existing window when a second instance starts', async () => {
    const { app, BrowserWindow } = await startApp()
    const [window] = BrowserWindow.instances
    window?.isMinimized.mockReturnValueOnce(true)
    app.emit('second-instance')
    expect(window?.restore).toHaveBeenCalledOnce()
    expect(window?.focus).toHaveBeenCalledOnce()
  })

  it('guards every web contents that is created', async () => {
    const { app, FakeWebContents } = await startApp()
    const contents = new FakeWebContents()
    app.emit('web-contents-created', {}, contents)
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce()
    expect(contents.listeners.has('will-navigate')).toBe(true)
  })

  it('sandboxes every renderer', async () => {
    const { app } = await startApp()
    expect(app.enableSandbox).toHaveBeenCalledOnce()
  })
})
