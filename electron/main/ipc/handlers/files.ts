/**
 * `file:save-text`: the renderer sends text and a suggested file name; main asks where in its own
 * save dialog and writes the file atomically. The renderer never sends a path.
 */
import { basename, extname } from 'node:path'
import { SAVE_TEXT_TYPES } from '~shared/ipc/assessment-schemas'
import { fail, ok } from '~shared/ipc/result'
import { writeFileAtomic, type FileContent } from '~electron/node/write-file-atomic'
import type { Handler } from '../guard'
import type { MainDeps } from '../types'

type Extension = keyof typeof SAVE_TEXT_TYPES

function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error)
}

/** Writes `content` (text or bytes) to `target` atomically; the result names the file, or says why it could not be written. */
export async function saveFile(target: string, content: FileContent) {
  try {
    await writeFileAtomic(target, content)
  } catch (error) {
    return fail('file-unwritable', `Could not save ${basename(target)} (${describeError(error)}). Choose another folder and try again.`)
  }
  return ok({ status: 'saved' as const, fileName: basename(target) })
}

/** Builds the `file:save-text` handler over `deps`. */
export function createSaveTextHandler(deps: MainDeps): Handler<'file:save-text'> {
  return async ({ text, suggestedName }) => {
    const extension = extname(suggestedName).slice(1) as Extension
    const target = await deps.showSaveDialog(suggestedName, {
      title: `Save ${suggestedName}`,
      filters: [
        { name: SAVE_TEXT_TYPES[extension], extensions: [extension] },
        { name: 'All files', extensions: ['*'] },
      ],
    })
    return target === undefined ? ok({ status: 'canceled' as const }) : saveFile(target, text)
  }
}
