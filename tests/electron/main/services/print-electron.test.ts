import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createElectronPrintSeam } from '~electron/main/services/print-electron'
import { PDF_OPTIONS, PRINT_PARTITION, printWindowOptions } from '~electron/main/services/print-to-pdf'
import { BrowserWindow, resetElectronMock, session } from '~tests/mocks/electron'

vi.mock('electron', () => import('~tests/mocks/electron'))

beforeEach(() => {
  resetElectronMock()
})

function openWindow() {
  const printWindow = createElectronPrintSeam().createWindow(printWindowOptions())
  const electronWindow = BrowserWindow.instances[0]
  if (electronWindow === undefined) {
    throw new Error('no BrowserWindow was created')
  }
  return { printWindow, electronWindow }
}

describe('createElectronPrintSeam', () => {
  it('creates a BrowserWindow with the printer’s options, loads the file and prints through its web contents', async () => {
    const { printWindow, electronWindow } = openWindow()
    expect(electronWindow.options).toEqual(printWindowOptions())
    await printWindow.loadFile('/tmp/entra-readiness-x/report.html')
    expect(electronWindow.loadFile).toHaveBeenCalledWith('/tmp/entra-readiness-x/report.html')
    const bytes = await printWindow.printToPdf(PDF_OPTIONS)
    expect(electronWindow.webContents.printToPDF).toHaveBeenCalledWith(PDF_OPTIONS)
    expect(new TextDecoder().decode(bytes)).toMatch(/^%PDF-/)
  })

  it('guards navigation, frame navigation, redirects and webviews with the same listener', () => {
    const { printWindow, electronWindow } = openWindow()
    const listener = vi.fn()
    printWindow.onBeforeLeaving(listener)
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(electronWindow.webContents.listener(event)).toBe(listener)
    }
    const handler = () => ({ action: 'deny' as const })
    printWindow.setWindowOpenHandler(handler)
    expect(electronWindow.webContents.windowOpenHandler).toBe(handler)
  })

  it('reports the reason when the renderer process is gone', () => {
    const { printWindow, electronWindow } = openWindow()
    const listener = vi.fn()
    printWindow.onRendererGone(listener)
    electronWindow.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 })
    expect(listener).toHaveBeenCalledWith('oom')
  })

  it('destroys the window once, however often it is asked', () => {
    const { printWindow, electronWindow } = openWindow()
    printWindow.destroy()
    printWindow.destroy()
    expect(electronWindow.destroy).toHaveBeenCalledOnce()
  })

  it('guards the print partition’s session, not the app’s', () => {
    const printSession = createElectronPrintSeam().printSession()
    const request = vi.fn()
    const check = vi.fn(() => false)
    const filter = vi.fn()
    printSession.setPermissionRequestHandler(request)
    printSession.setPermissionCheckHandler(check)
    printSession.onBeforeRequest(filter)
    expect(session.fromPartition).toHaveBeenCalledWith(PRINT_PARTITION)
    const partition = session.partitions.get(PRINT_PARTITION)
    expect(partition?.setPermissionRequestHandler).toHaveBeenCalledWith(request)
    expect(partition?.setPermissionCheckHandler).toHaveBeenCalledWith(check)
    expect(partition?.webRequest.onBeforeRequest).toHaveBeenCalledWith(filter)
    expect(session.defaultSession.webRequest.onBeforeRequest).not.toHaveBeenCalled()
  })
})
