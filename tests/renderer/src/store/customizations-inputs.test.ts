/**
 * The customized server's collector output in the app: its lists (sync rules, connectors with
 * their OU filters, the exported custom rules) reach the rules through every way in (a dropped
 * file, a file main opened, a saved assessment reopened), so the customization findings are the
 * command line's, not unknown.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readAssessment } from '~shared/assessments/migrations'
import { importInput } from '~shared/intake/import-input'
import { toInputFacts } from '~shared/import/input-facts'
import { importedInputSchema } from '~shared/ipc/input-schemas'
import type { Finding } from '~shared/rules/types'
import { createWizardStore } from '~renderer/store'
import { AUTOSAVE_DELAY_MS } from '~renderer/store/assessment-slice'
import { selectReport } from '~renderer/store/selectors'
import type { WizardState } from '~renderer/store/types'
import { createFakeApi, okResult, SAVED_ID } from '~tests/renderer/support/fake-api'
import fixture from '~tests/fixtures/collector/customized-collector-output.json' with { type: 'json' }

/** The fixture as the command line is given it (a path from the repository's root, where the tests run). */
const FIXTURE_PATH = 'tests/fixtures/collector/customized-collector-output.json'
const FIXTURE_TEXT = JSON.stringify(fixture, null, 2)
const FILE_NAME = 'customized-collector-output.json'

type Outcome = Record<string, { status: Finding['status']; message: string }>

function customizationOutcome(findings: readonly Finding[]): Outcome {
  return Object.fromEntries(
    findings.filter((finding) => finding.ruleId.startsWith('customizations/')).map((finding) => [finding.ruleId, { status: finding.status, message: finding.message }]),
  )
}

function storeOutcome(state: WizardState): Outcome {
  return customizationOutcome(selectReport(state)?.findings ?? [])
}

/** The command line's runner, loaded by a path the web typecheck does not follow (it has no node types). */
const RUN_CLI = '../../../support/run-cli'

async function commandLineOutcome(): Promise<Outcome> {
  const { runCliForTest } = (await import(/* @vite-ignore */ RUN_CLI)) as { runCliForTest: (...argv: string[]) => Promise<{ stdout: string }> }
  const { stdout } = await runCliForTest('assess', '--as-of', '2026-11-26', FIXTURE_PATH)
  const document = JSON.parse(stdout) as { servers: { findings: Finding[] }[] }
  return customizationOutcome(document.servers[0]?.findings ?? [])
}

async function setUp() {
  const fake = createFakeApi()
  const store = createWizardStore({ api: fake.api })
  await store.getState().loadAppInfo()
  return { fake, store }
}

async function dropFixture(store: Awaited<ReturnType<typeof setUp>>['store']): Promise<void> {
  const bytes = new TextEncoder().encode(FIXTURE_TEXT)
  await store.getState().dropFile({ name: FILE_NAME, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer })
}

let expected: Outcome

beforeEach(async () => {
  expected ??= await commandLineOutcome()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('customizations through the app’s inputs', () => {
  it('the command line finds the customizations (the comparison below is not between two unknowns)', () => {
    const statuses = Object.values(expected).map((entry) => entry.status)
    expect(statuses.length).toBeGreaterThanOrEqual(8)
    expect(statuses.filter((status) => status !== 'unknown').length).toBeGreaterThanOrEqual(8)
    expect(expected['customizations/disabled-standard-rule']?.status).not.toBe('unknown')
    expect(expected['customizations/cloud-sync-tool']?.status).not.toBe('unknown')
  })

  it('a dropped collector file gives the command line’s customization findings', async () => {
    const { store } = await setUp()
    await dropFixture(store)
    expect(store.getState().importError).toBeUndefined()
    const input = store.getState().inputs[0]
    expect(input?.facts.find((fact) => fact.path === 'customizations.syncRules')?.value).toHaveLength(9)
    expect(input?.notes.filter((note) => note.includes('left out') && !note.startsWith('The collector'))).toEqual([])
    expect(storeOutcome(store.getState())).toEqual(expected)
  })

  it('a file main opened (its facts checked as they cross IPC) gives the same findings', async () => {
    const { fake, store } = await setUp()
    const imported = importInput({ name: FILE_NAME, text: FIXTURE_TEXT })
    if (!imported.ok) {
      throw new Error(imported.message)
    }
    const opened = importedInputSchema.parse({ fileName: FILE_NAME, encoding: 'utf-8', format: imported.format, ...toInputFacts(imported.facts, imported.notes) })
    fake.openFile.mockResolvedValue(okResult({ status: 'opened' as const, ...opened }))
    await store.getState().openFile()
    expect(storeOutcome(store.getState())).toEqual(expected)
  })

  it('a saved assessment keeps the lists: saved, read back by the schema and reopened, the findings are the same', async () => {
    const { fake, store } = await setUp()
    vi.useFakeTimers()
    await dropFixture(store)
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2)
    expect(fake.saveAssessment).toHaveBeenCalled()
    const saved = await fake.saveAssessment.mock.results.at(-1)?.value
    const onDisk = JSON.parse(JSON.stringify(saved.value)) as unknown
    const read = readAssessment(onDisk)
    if (!read.ok) {
      throw new Error(read.message)
    }
    const rules = read.assessment.inputs[0]?.facts.find((fact) => fact.path === 'customizations.syncRules')
    expect(rules?.value).toEqual(fixture.customizations.syncRules)
    vi.useRealTimers()

    const reopened = await setUp()
    reopened.fake.loadAssessment.mockResolvedValue(okResult({ assessment: read.assessment }))
    expect(await reopened.store.getState().openAssessment(SAVED_ID)).toBe(true)
    expect(storeOutcome(reopened.store.getState())).toEqual(expected)
  })
})
