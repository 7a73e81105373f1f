/**
 * The format is detected once per file on every way in that runs under Node: main's open-file
 * handler (the dialog's file) and the command line's FILE reader, for the contract's JSON, a text
 * form and (the command line only) a saved assessment. The detector is counted, not replaced.
 * The renderer's drop and paste are counted in tests/renderer/src/store/detect-once.test.ts.
 */
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ASSESSMENT_KIND, ASSESSMENT_SCHEMA_VERSION } from '~shared/assessments/assessment'
import { createFakeDeps } from '~tests/mocks/main-deps'
import { useTempFolder } from '~tests/mocks/temp-folder'
import { smallDraft } from '~tests/support/assessment-drafts'

const detections = vi.hoisted(() => ({ count: 0 }))

vi.mock('~shared/import/text-forms/detect-format', async (importOriginal) => {
  const original = await importOriginal<typeof import('~shared/import/text-forms/detect-format')>()
  return {
    ...original,
    detectFormat: (text: string) => {
      detections.count += 1
      return original.detectFormat(text)
    },
  }
})

const { createOpenFileHandler } = await import('~electron/main/ipc/handlers/details')
const { readCliFile } = await import('~electron/cli/read-cli-file')

const tempFolder = useTempFolder('detect-once-')
const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url).pathname

async function savedAssessment(): Promise<string> {
  const path = join(tempFolder(), 'contoso.assessment.json')
  const now = '2026-12-07T10:00:00.000Z'
  const document = { kind: ASSESSMENT_KIND, schemaVersion: ASSESSMENT_SCHEMA_VERSION, id: '6f1c2b9e-3d4a-4b5c-8d6e-7f8091a2b3c4', ...smallDraft(), createdAt: now, updatedAt: now }
  await fsp.writeFile(path, JSON.stringify(document))
  return path
}

beforeEach(() => {
  detections.count = 0
})

describe('main’s details:open-file handler', () => {
  it.each([
    ['the contract’s JSON (UTF-16LE)', 'files/aadc02-utf16le.json', 'install-details-json'],
    ['a text form', 'text-forms/get-adsyncscheduler.txt', 'get-adsyncscheduler'],
  ])('detects the format of %s once', async (_name, file, format) => {
    const result = await createOpenFileHandler(createFakeDeps(fixture(file)))({})
    expect(result).toMatchObject({ ok: true, value: { status: 'opened', format } })
    expect(detections.count).toBe(1)
  })
})

describe('the command line’s FILE reader', () => {
  it('detects the contract’s JSON once, and keeps its validated document', () => {
    const result = readCliFile(fixture('files/aadc01.json'))
    expect(result).toMatchObject({ ok: true, value: { kind: 'document', details: { server: { name: 'AADC01' } } } })
    expect(detections.count).toBe(1)
  })

  it('detects a text form once', () => {
    expect(readCliFile(fixture('text-forms/get-adsyncscheduler.txt'))).toMatchObject({ ok: true, value: { kind: 'facts' } })
    expect(detections.count).toBe(1)
  })

  it('detects a saved assessment once (its kind read from the JSON parsed for the schema check)', async () => {
    const result = readCliFile(await savedAssessment())
    expect(result).toMatchObject({ ok: true, value: { kind: 'assessment', name: 'Contoso AADC01', serverName: 'AADC01', conflictChoices: {} } })
    expect(detections.count).toBe(1)
  })

  it('detects a file it refuses once, and names it', () => {
    const result = readCliFile(fixture('files/wrong-kind.json'))
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^wrong-kind\.json: this saved assessment cannot be read/) } })
    expect(detections.count).toBe(1)
  })
})
