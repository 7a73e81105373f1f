/**
 * A child process for the interrupted-save tests: saves a large assessment through the real store
 * in a loop, printing `saved <version>` after each save, until it is killed.
 *
 * Usage: node --import tsx tests/support/assessment-writer.ts FOLDER ID WRITER [stall]
 *
 * With `stall`, the second save stops halfway through writing its temporary file and prints
 * `stalled`: a kill then lands mid-write for certain.
 */
import type { FileHandle } from 'node:fs/promises'
import { createAssessmentStore } from '~electron/main/services/assessment-store/assessment-store'
import { largeDraft } from './assessment-drafts'
import { temporaryWritesReplaced } from './file-handle-seam'

const [folder, id, writer, mode] = process.argv.slice(2)
if (folder === undefined || id === undefined || writer === undefined) {
  process.stderr.write('usage: assessment-writer.ts FOLDER ID WRITER [stall]\n')
  process.exit(2)
}

let version = 1

/** Writes the first half of the text, says so, and never finishes. */
const stallHalfway = (handle: FileHandle) => async (text: string) => {
  await handle.write(text.slice(0, text.length / 2))
  await handle.sync()
  process.stdout.write('stalled\n')
  await new Promise(() => undefined)
}

const stallingFs = temporaryWritesReplaced(stallHalfway, () => version > 1)

const store = createAssessmentStore({ folder, ...(mode === 'stall' ? { fs: stallingFs } : {}) })
for (; ; version += 1) {
  const result = await store.save(largeDraft(id, writer, version))
  if (!result.ok) {
    process.stderr.write(`${result.error.code}: ${result.error.message}\n`)
    process.exit(1)
  }
  process.stdout.write(`saved ${version}\n`)
}
