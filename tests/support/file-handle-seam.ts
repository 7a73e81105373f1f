/**
 * Test seams for the store's file system: a file handle whose `writeFile` is replaced (a disk that
 * fills up or stalls mid-write), inside an otherwise real `fs/promises`.
 */
import fsp, { type FileHandle } from 'node:fs/promises'
import type { StoreFs } from '~electron/main/services/assessment-store/store-fs'

/** Replacements for some of a file handle's methods. */
export interface HandleMethods {
  readonly writeFile?: (text: string) => Promise<void>
  readonly sync?: () => Promise<void>
}

/** `handle` with some methods replaced; every other call goes to the real handle. */
export function withHandleMethods(handle: FileHandle, methods: HandleMethods): FileHandle {
  return new Proxy(handle, {
    get: (target, key) => {
      const value: unknown = Object.hasOwn(methods, key) ? methods[key as keyof HandleMethods] : Reflect.get(target, key, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

/**
 * The real file system, except that temporary files (`*.tmp`) opened while `isActive()` holds get
 * `writeFile` replaced by `replacement(handle)`.
 */
export function temporaryWritesReplaced(replacement: (handle: FileHandle) => (text: string) => Promise<void>, isActive: () => boolean = () => true): StoreFs {
  return {
    ...fsp,
    open: async (...args: Parameters<typeof fsp.open>) => {
      const handle = await fsp.open(...args)
      return isActive() && String(args[0]).endsWith('.tmp') ? withHandleMethods(handle, { writeFile: replacement(handle) }) : handle
    },
  }
}
