/**
 * Where the command line's output goes, a piece at a time: standard output, or `--out FILE`
 * written atomically (a temporary file beside it, flushed, then renamed over it), so a reader sees
 * the old file or the whole new one, and a fleet's report never has to sit in memory. What is at
 * the path is checked first (`write-target.ts`): a folder, device or FIFO is refused with nothing
 * written, and a symbolic link is written through to its target.
 */
import { unlinkSync } from 'node:fs'
import fsp, { type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import { syncFolder, temporaryPathFor } from '../node/write-file-atomic'
import { recheckWriteTarget, resolveWriteTarget } from '../node/write-target'

/** A piece of output: text, or bytes already encoded as UTF-8. */
export type OutputChunk = string | Uint8Array

/** An open output. `write` may buffer; `finish` flushes and publishes; `abandon` leaves no trace. */
export interface OutputSink {
  write(chunk: OutputChunk): Promise<void>
  /** True when `write` is done with bytes given once it resolves (written, or copied into its own buffer). */
  readonly isDoneWithBytes?: boolean
  finish(): Promise<void>
  abandon(): Promise<void>
}

/** A failure to write `--out FILE` (as opposed to a failure to assess): `reason` is the file system's error. */
export class OutputWriteError extends Error {
  constructor(
    readonly path: string,
    readonly reason: unknown,
  ) {
    super(`could not write ${path}`)
  }
}

/** Output gathered before one write call: few calls, little memory. */
const FLUSH_CHARS = 1 << 20
const FLUSH_BYTES = 4 * FLUSH_CHARS

/**
 * Gathers pieces and hands them on about `FLUSH_CHARS` at a time: text joined as text, and once
 * bytes are among them (json's servers), as bytes, so encoded output is never decoded again.
 */
function buffered(flush: (chunk: OutputChunk) => Promise<void>): { write(chunk: OutputChunk): Promise<void>; drain(): Promise<void> } {
  let pieces: OutputChunk[] = []
  let size = 0
  const drain = async () => {
    if (size > 0) {
      const gathered = pieces
      pieces = []
      size = 0
      await flush(
        gathered.every((piece) => typeof piece === 'string')
          ? gathered.join('')
          : Buffer.concat(gathered.map((piece) => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece))),
      )
    }
  }
  return {
    write: async (chunk) => {
      pieces.push(chunk)
      size += chunk.length
      if (size >= FLUSH_CHARS) {
        await drain()
      }
    },
    drain,
  }
}

/**
 * Encodes text straight into one reused buffer and hands it on when full: no joined strings and no
 * buffer per piece. A piece is flushed first when it might not fit (UTF-8 takes at most 3 bytes
 * per UTF-16 unit); one larger than the whole buffer is encoded on its own. Bytes are copied in,
 * or, when larger than the buffer, handed on as they are.
 */
function encodedBuffer(flush: (bytes: Uint8Array) => Promise<void>): { write(chunk: OutputChunk): Promise<void>; drain(): Promise<void> } {
  const buffer = Buffer.allocUnsafe(FLUSH_BYTES)
  let used = 0
  const drain = async () => {
    if (used > 0) {
      const length = used
      used = 0
      await flush(buffer.subarray(0, length))
    }
  }
  return {
    write: async (chunk) => {
      if (typeof chunk !== 'string') {
        if (used + chunk.length > buffer.length) {
          await drain()
        }
        if (chunk.length > buffer.length) {
          await flush(chunk)
        } else {
          buffer.set(chunk, used)
          used += chunk.length
        }
        return
      }
      const text = chunk
      const worstCase = text.length * 3
      if (used + worstCase > buffer.length) {
        await drain()
      }
      if (worstCase > buffer.length) {
        await flush(Buffer.from(text, 'utf8'))
        return
      }
      used += buffer.write(text, used, 'utf8')
    },
    drain,
  }
}

/** Standard output: `waitForDrain` (when given) holds writing back while the reader catches up. */
export function stdoutSink(write: (chunk: OutputChunk) => void, waitForDrain?: () => Promise<void>): OutputSink {
  const output = buffered(async (chunk) => {
    write(chunk)
    await waitForDrain?.()
  })
  return { write: output.write, finish: output.drain, abandon: async () => undefined }
}

async function openTemporary(path: string, temporary: string): Promise<FileHandle> {
  try {
    return await fsp.open(temporary, 'wx')
  } catch (error) {
    throw new OutputWriteError(path, error)
  }
}

/**
 * Opens `path` for writing atomically. Every failure (nothing is created when the folder cannot
 * take the file, or the path names a folder, device or FIFO) is an `OutputWriteError`, and leaves
 * `path` as it was. A symbolic link's target is written, and the link stays.
 */
export async function fileSink(path: string): Promise<OutputSink> {
  const target = await resolveWriteTarget(path).catch((error: unknown) => {
    throw new OutputWriteError(path, error)
  })
  const temporary = temporaryPathFor(target)
  // Interrupted (Ctrl+C, a scheduler stopping the job): the half-written file goes, then the
  // signal ends the process as it would have. `path` itself is never touched. Watched from before
  // the file exists, so no signal can slip in between its creation and the watch.
  const onSignal = (signal: NodeJS.Signals) => {
    try {
      unlinkSync(temporary)
    } catch {
      // Not created yet, or already gone: nothing is left to clean up.
    }
    process.kill(process.pid, signal)
  }
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']
  signals.forEach((signal) => process.once(signal, onSignal))
  const stopWatching = () => signals.forEach((signal) => process.removeListener(signal, onSignal))
  let handle: FileHandle
  try {
    handle = await openTemporary(path, temporary)
  } catch (error) {
    stopWatching()
    throw error
  }
  let isOpen = true
  const close = async () => {
    if (isOpen) {
      isOpen = false
      await handle.close()
    }
  }
  const abandon = async () => {
    stopWatching()
    await close().catch(() => undefined)
    await fsp.rm(temporary, { force: true }).catch(() => undefined)
  }
  const failed = async (error: unknown): Promise<never> => {
    await abandon()
    throw new OutputWriteError(path, error)
  }
  const writeAll = async (bytes: Uint8Array) => {
    // A write may take fewer bytes than offered; go on until all are written.
    for (let offset = 0; offset < bytes.length; ) {
      offset += (await handle.write(bytes, offset, bytes.length - offset, null).catch(failed)).bytesWritten
    }
  }
  const output = encodedBuffer(writeAll)
  return {
    write: output.write,
    isDoneWithBytes: true,
    finish: async () => {
      await output.drain()
      await handle.sync().catch(failed)
      await close().catch(failed)
      await recheckWriteTarget(path, target).catch(failed)
      await fsp.rename(temporary, target).catch(failed)
      stopWatching()
      await syncFolder(dirname(target))
    },
    abandon,
  }
}
