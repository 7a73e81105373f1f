import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listAssessmentFiles, MAX_ASSESSMENT_BYTES, readAssessmentFile } from '../../../../../electron/main/services/assessment-store/assessment-files'
import { NODE_STORE_FS } from '../../../../../electron/main/services/assessment-store/store-fs'
import { useTempFolder } from '../../../../mocks/temp-folder'

const tempFolder = useTempFolder('assessment-files-')

describe('readAssessmentFile', () => {
  it('refuses a file over the size limit without reading it', async () => {
    const name = 'huge.json'
    await fsp.writeFile(join(tempFolder(), name), '')
    await fsp.truncate(join(tempFolder(), name), MAX_ASSESSMENT_BYTES + 1)
    expect(await readAssessmentFile(NODE_STORE_FS, tempFolder(), name)).toEqual({
      kind: 'problem',
      problem: { fileName: name, code: 'too-large', message: 'the file is 32 MB, over the 32 MB limit' },
    })
  })

  it('reports a file it cannot read, and tells a missing file apart', async () => {
    await fsp.mkdir(join(tempFolder(), 'a-folder.json'))
    expect(await readAssessmentFile(NODE_STORE_FS, tempFolder(), 'a-folder.json')).toMatchObject({ kind: 'problem', problem: { code: 'unreadable', message: 'it is a folder, not a file' } })
    expect(await readAssessmentFile(NODE_STORE_FS, tempFolder(), 'nothing.json')).toEqual({ kind: 'missing' })
  })
})

describe('listAssessmentFiles', () => {
  it('lists only visible .json files: temporary files and other files are not looked at', async () => {
    const folder = await fsp.mkdtemp(join(tempFolder(), 'list-'))
    await fsp.writeFile(join(folder, '.a.json.123.0123456789ab.tmp'), '{')
    await fsp.writeFile(join(folder, 'notes.txt'), 'x')
    await fsp.writeFile(join(folder, 'broken.json'), '{')
    expect(await listAssessmentFiles(NODE_STORE_FS, folder)).toEqual({ entries: [], problems: [expect.objectContaining({ fileName: 'broken.json', code: 'not-json' })] })
  })
})
