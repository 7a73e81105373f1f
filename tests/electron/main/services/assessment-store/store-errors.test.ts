/**
 * Writes that fail (a full disk, a read-only folder) leave the previous data intact and come back
 * as clear error values; `describeWriteError` names the cause.
 */
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAssessmentStore } from '~electron/main/services/assessment-store/assessment-store'
import { describeWriteError } from '~electron/main/services/assessment-store/store-errors'
import type { StoreFs } from '~electron/main/services/assessment-store/store-fs'
import { smallDraft } from '~tests/support/assessment-drafts'
import { temporaryWritesReplaced } from '~tests/support/file-handle-seam'
import { useTempFolder } from '~tests/mocks/temp-folder'

const tempFolder = useTempFolder('store-errors-')

function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

/** A file system whose temporary-file writes stop halfway with `code` (a disk that fills up mid-write). */
function diskFullAfterHalf(code = 'ENOSPC'): StoreFs {
  return temporaryWritesReplaced((handle) => async (text) => {
    await handle.write(text.slice(0, text.length / 2))
    throw fsError(code)
  })
}

/** A file system that refuses to create files (a read-only folder or volume). */
function refusingCreate(code: string): StoreFs {
  return {
    ...fsp,
    open: async (...args: Parameters<typeof fsp.open>) => (args[1] === 'wx' ? Promise.reject(fsError(code)) : fsp.open(...args)),
  }
}

async function savedOnce(name: string) {
  const folder = join(tempFolder(), name)
  await fsp.mkdir(folder)
  const result = await createAssessmentStore({ folder }).save(smallDraft())
  if (!result.ok) {
    throw new Error(result.error.message)
  }
  const path = join(folder, `${result.value.id}.json`)
  return { folder, saved: result.value, path, before: await fsp.readFile(path, 'utf8') }
}

describe('AssessmentStore when the disk fills up mid-write', () => {
  it('returns disk-full, keeps the previous version byte for byte and leaves no temporary file', async () => {
    const { folder, saved, path, before } = await savedOnce('full')
    const store = createAssessmentStore({ folder, fs: diskFullAfterHalf() })
    const result = await store.save({ ...smallDraft({ notes: 'x'.repeat(50_000) }), id: saved.id })
    expect(result).toEqual({
      ok: false,
      error: { code: 'disk-full', message: 'Could not save "Contoso AADC01": the disk is full. Free some space and try again. The previous version is kept.' },
    })
    expect(await fsp.readFile(path, 'utf8')).toBe(before)
    expect(await fsp.readdir(folder)).toEqual([`${saved.id}.json`])
  })

  it('fails a new assessment the same way and creates no file', async () => {
    const { folder } = await savedOnce('full-new')
    const store = createAssessmentStore({ folder, fs: diskFullAfterHalf('EDQUOT') })
    expect(await store.save(smallDraft({ name: 'New' }))).toMatchObject({ ok: false, error: { code: 'disk-full' } })
    expect((await store.list()).entries.map((entry) => entry.name)).toEqual(['Contoso AADC01'])
  })
})

describe('AssessmentStore in a read-only folder', () => {
  it.each(['EACCES', 'EROFS', 'EPERM'])('returns read-only (%s) and keeps the previous version', async (code) => {
    const { folder, saved, path, before } = await savedOnce(`ro-${code}`)
    const store = createAssessmentStore({ folder, fs: refusingCreate(code) })
    const result = await store.rename(saved.id, 'New name')
    expect(result).toMatchObject({ ok: false, error: { code: 'read-only', message: expect.stringContaining(`the folder cannot be written (${code})`) } })
    expect(await fsp.readFile(path, 'utf8')).toBe(before)
    expect((await store.list()).entries.map((entry) => entry.name)).toEqual(['Contoso AADC01'])
  })

  it('returns read-only for a folder whose permissions forbid writing', async (context) => {
    if (process.getuid?.() === 0 || process.platform === 'win32') {
      context.skip('permissions do not stop root (or Windows ACLs differ); the simulated cases above cover the store')
    }
    const { folder, saved, path, before } = await savedOnce('ro-chmod')
    await fsp.chmod(folder, 0o555)
    try {
      const result = await createAssessmentStore({ folder }).save({ ...smallDraft({ notes: 'changed' }), id: saved.id })
      expect(result).toMatchObject({ ok: false, error: { code: 'read-only' } })
      expect(await fsp.readFile(path, 'utf8')).toBe(before)
    } finally {
      await fsp.chmod(folder, 0o755)
    }
  })
})

describe('describeWriteError', () => {
  it('says what failed and why for any other error, keeping the previous version', () => {
    expect(describeWriteError('Could not save "A"', fsError('EIO'))).toEqual({
      code: 'io',
      message: 'Could not save "A": the file could not be written (EIO). The previous version is kept.',
    })
    expect(describeWriteError('Could not save "A"', new Error('boom')).message).toContain('(boom)')
  })
})
