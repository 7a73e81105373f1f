/**
 * Counting what the file readers do to the disk: every way Node's `fs` opens or reads a file is
 * wrapped while a spy is active, and the bytes read through a wrapped file handle are summed.
 */
import fs from 'node:fs'
import fsp, { type FileHandle } from 'node:fs/promises'

/** What the readers did while the spy was active. */
export interface ReadCounts {
  /** Calls that open a file or read one whole (`open`, `readFile`, `createReadStream`, sync forms). */
  opens: number
  /** Bytes returned by reads (through handles `fs.promises.open` gave, and `fs.read`/`readSync`). */
  bytesRead: number
  /** The names of the functions called. */
  readonly calls: string[]
}

type Patch = { target: Record<string, unknown>; name: string; original: unknown }

function countHandleReads(handle: FileHandle, counts: ReadCounts): FileHandle {
  const read = handle.read.bind(handle) as (...args: unknown[]) => Promise<{ bytesRead: number }>
  Object.assign(handle, {
    read: async (...args: unknown[]) => {
      const result = await read(...args)
      counts.bytesRead += result.bytesRead
      return result
    },
  })
  return handle
}

/** Starts counting; `stop` puts every function back. Only one spy may be active at a time. */
export function spyOnReads(): { counts: ReadCounts; stop: () => void } {
  const counts: ReadCounts = { opens: 0, bytesRead: 0, calls: [] }
  const patches: Patch[] = []
  const wrap = (target: object, name: string, replacement: (original: (...args: unknown[]) => unknown) => (...args: unknown[]) => unknown) => {
    const record = target as Record<string, unknown>
    const original = record[name] as (...args: unknown[]) => unknown
    patches.push({ target: record, name, original })
    record[name] = replacement(original)
  }
  const opener = (name: string) => (original: (...args: unknown[]) => unknown) => (...args: unknown[]) => {
    counts.opens += 1
    counts.calls.push(name)
    return original(...args)
  }
  wrap(fsp, 'open', (original) => async (...args: unknown[]) => {
    counts.opens += 1
    counts.calls.push('fs.promises.open')
    return countHandleReads((await original(...args)) as FileHandle, counts)
  })
  wrap(fsp, 'readFile', opener('fs.promises.readFile'))
  for (const name of ['open', 'openSync', 'readFile', 'readFileSync', 'createReadStream']) {
    wrap(fs, name, opener(`fs.${name}`))
  }
  wrap(fs, 'readSync', (original) => (...args: unknown[]) => {
    const bytesRead = original(...args) as number
    counts.bytesRead += bytesRead
    counts.calls.push('fs.readSync')
    return bytesRead
  })
  wrap(fs, 'read', opener('fs.read'))
  return {
    counts,
    stop: () => {
      for (const patch of patches.reverse()) {
        patch.target[patch.name] = patch.original
      }
    },
  }
}
