/**
 * The file system calls the store makes: the real `fs/promises` in the app, a failing one in tests.
 */
import fsp from 'node:fs/promises'
import type { AtomicWriteFs } from '~electron/node/write-file-atomic'

/** Every call the store makes; tests replace one (a write that fails with ENOSPC) and keep the rest. */
export type StoreFs = AtomicWriteFs & Pick<typeof fsp, 'readdir' | 'readFile' | 'stat' | 'mkdir'>

/** The real file system. */
export const NODE_STORE_FS: StoreFs = fsp
