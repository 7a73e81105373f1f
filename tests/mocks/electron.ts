/**
 * A small stand-in for the `electron` module, which cannot be imported outside Electron.
 *
 * Use it with `vi.mock('electron', () => import('<relative>/mocks/electron'))`. It also offers
 * fakes of web contents and sessions that record the listeners installed on them.
 */
import { vi } from 'vitest'

type Listener = (...args: never[]) => unknown

/** A fake emitter: `on`/`once` record listeners; `emit` calls them. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>()

  readonly on = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  })

  readonly once = this.on

  /** Calls every listener of `event` with `args`. */
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      ;(listener as (...values: unknown[]) => unknown)(...args)
    }
  }

  /** The one listener registered for `event` (throws when there is not exactly one). */
  listener(event: string): (...args: unknown[]) => unknown {
    const found = this.listeners.get(event) ?? []
    if (found.length !== 1) {
      throw new Error(`expected one listener for ${event}, found ${found.length}`)
    }
    return found[0] as (...args: unknown[]) => unknown
  }
}

/** A fake `WebContents`: records listeners, the window-open handler and events sent to the page. */
export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined
  readonly send = vi.fn((_channel: string, ..._args: unknown[]) => undefined)
  readonly printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7\n%%EOF\n'))
  readonly setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => unknown) => {
    this.windowOpenHandler = handler
  })
}

/** A fake `Session`: records the permission handlers and the webRequest listeners. */
export function createFakeSession() {
  const webRequest = {
    onBeforeRequest: vi.fn<(listener: (...args: never[]) => unknown) => void>(),
    onHeadersReceived: vi.fn<(listener: (...args: never[]) => unknown) => void>(),
  }
  return {
    protocol: { handle: vi.fn<(scheme: string, handler: (request: Request) => Promise<Response>) => void>() },
    setPermissionRequestHandler: vi.fn<(handler: (...args: never[]) => unknown) => void>(),
    setPermissionCheckHandler: vi.fn<(handler: (...args: never[]) => unknown) => boolean | void>(),
    webRequest,
  }
}

/** A fake `BrowserWindow`; every instance is kept in `BrowserWindow.instances`. */
export class BrowserWindow extends FakeEmitter {
  static readonly instances: BrowserWindow[] = []
  static readonly getAllWindows = vi.fn(() => BrowserWindow.instances)

  readonly webContents = new FakeWebContents()
  readonly loadFile = vi.fn(async (_path: string) => undefined)
  readonly loadURL = vi.fn(async (_url: string) => undefined)
  readonly show = vi.fn()
  readonly focus = vi.fn()
  readonly restore = vi.fn()
  readonly isMinimized = vi.fn(() => false)
  readonly destroy = vi.fn(() => {
    this.isDestroyed.mockReturnValue(true)
  })
  readonly isDestroyed = vi.fn(() => false)

  constructor(readonly options: unknown) {
    super()
    BrowserWindow.instances.push(this)
  }
}

/** The fake `app`. */
export const app = Object.assign(new FakeEmitter(), {
  isPackaged: false,
  requestSingleInstanceLock: vi.fn(() => true),
  enableSandbox: vi.fn(),
  quit: vi.fn(),
  whenReady: vi.fn(async () => undefined),
  isReady: vi.fn(() => true),
  getAppPath: vi.fn(() => '/opt/entra-readiness'),
  getPath: vi.fn((_name: string) => '/nonexistent/entra-readiness-user-data'),
  getVersion: vi.fn(() => '0.1.0'),
})

/** The fake `ipcMain`. */
export const ipcMain = {
  handle: vi.fn<(channel: string, listener: (...args: never[]) => unknown) => void>(),
  removeHandler: vi.fn<(channel: string) => void>(),
}

/** The fake `ipcRenderer`: `on` records listeners so tests can `emit` an event from main. */
export const ipcRenderer = Object.assign(new FakeEmitter(), {
  invoke: vi.fn(async (_channel: string, _request: unknown): Promise<unknown> => ({ ok: true, value: {} })),
  removeListener: vi.fn((event: string, listener: (...args: never[]) => unknown): void => {
    rendererListeners.set(event, (rendererListeners.get(event) ?? []).filter((item) => item !== listener))
  }),
})
const rendererListeners = ipcRenderer.listeners

/** The fake `contextBridge`. */
export const contextBridge = { exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>() }

/** The fake `shell`. */
export const shell = { openExternal: vi.fn(async (_url: string) => undefined) }

/** The fake `dialog`. */
export const dialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
}

/** The fake `Menu`. */
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
}

/** The fake `protocol`: privileged schemes registered before ready. */
export const protocol = {
  registerSchemesAsPrivileged: vi.fn<(schemes: readonly { scheme: string; privileges: Record<string, boolean> }[]) => void>(),
}

/** The fake `session`: the default session, and one per partition name (`partitions`). */
export const session = {
  defaultSession: createFakeSession(),
  partitions: new Map<string, ReturnType<typeof createFakeSession>>(),
  fromPartition: vi.fn((name: string) => {
    const found = session.partitions.get(name) ?? createFakeSession()
    session.partitions.set(name, found)
    return found
  }),
}

/** Forgets every window and listener, and resets every fake function's calls. */
export function resetElectronMock(): void {
  vi.clearAllMocks()
  BrowserWindow.instances.length = 0
  app.listeners.clear()
  app.isPackaged = false
  session.defaultSession = createFakeSession()
  session.partitions.clear()
}
