import { describe, expect, it } from 'vitest'
import { ASSESSMENT_SCHEMA_VERSION, assessmentSchema, type Assessment } from '~shared/assessments/assessment'
import { validateInstallDetails } from '~shared/import/merge-inputs'
import { buildFleetReport } from '~shared/report/fleet-report'
import { serverInputFromAssessment } from '~shared/report/from-assessment'
import { renderReport } from '~shared/report/render-report'
import { ticksFromAnswers } from '~shared/assessments/checklist-ticks'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { parseHtml } from '~tests/support/parse-html'
import { smallDraft } from '~tests/support/assessment-drafts'
import { fleetOf, serverFromFile } from '~tests/support/report-fleet'

function saved(answers: Record<string, boolean | string>): Assessment {
  return assessmentSchema.parse({
    kind: 'entra-connect-assessment',
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    ...smallDraft(),
    answers,
    createdAt: '2026-11-26T10:00:00.000Z',
    updatedAt: '2026-11-26T10:00:00.000Z',
  })
}

describe('ticksFromAnswers', () => {
  it('keeps only checklist answers that are true, without their prefix', () => {
    expect(ticksFromAnswers({ 'checklist:export-configuration': true, 'checklist:check-staging-server': false, 'checklist:x': 'yes', 'conflict:connect.version': 'a.json' })).toEqual({
      'export-configuration': true,
    })
  })
})

describe('the report checklist', () => {
  it('lists the plan items by phase with the ticks of the saved assessment', () => {
    const server = serverInputFromAssessment(saved({ 'checklist:export-configuration': true }), '2026-11-26', validateInstallDetails, BUILT_IN_PACK)
    const section = buildFleetReport({ asOf: '2026-11-26', rulePack: { version: BUILT_IN_PACK.version, asOf: BUILT_IN_PACK.asOf }, servers: [server], errors: [] }).servers[0]
    const items = section?.checklist ?? []
    expect(items.length).toBeGreaterThan(3)
    expect(items.filter((item) => item.isDone).map((item) => item.id)).toEqual(['export-configuration'])
    const order = ['now', 'before', 'during', 'after']
    expect(items.map((item) => order.indexOf(item.phase))).toEqual([...items.map((item) => order.indexOf(item.phase))].sort((a, b) => a - b))
  })

  it('has nothing ticked when no tick was saved (a file given on the command line)', () => {
    const section = buildFleetReport(fleetOf([serverFromFile('tests/fixtures/files/aadc01.json')])).servers[0]
    expect(section?.checklist.length).toBeGreaterThan(0)
    expect(section?.checklist.some((item) => item.isDone)).toBe(false)
  })

  it('shows in the HTML report of a saved assessment: ticked items say Done with a check mark, the rest To do', () => {
    const server = serverInputFromAssessment(saved({ 'checklist:export-configuration': true }), '2026-11-26', validateInstallDetails, BUILT_IN_PACK)
    const html = renderReport('html', { asOf: '2026-11-26', rulePack: { version: BUILT_IN_PACK.version, asOf: BUILT_IN_PACK.asOf }, servers: [server], errors: [] }, false)
    const page = parseHtml(html)
    const section = page.querySelector('section.checklist-section')
    expect(section?.querySelector('h3')?.textContent).toBe('Upgrade checklist')
    const done = [...(section?.querySelectorAll('li.done') ?? [])]
    expect(done.map((item) => item.textContent)).toEqual([expect.stringMatching(/^✓ Done: Export the current configuration/)])
    const open = [...(section?.querySelectorAll('li.open') ?? [])]
    expect(open.length).toBeGreaterThan(2)
    expect(open.every((item) => (item.textContent ?? '').startsWith('☐ To do: '))).toBe(true)
    expect(section?.querySelector('.meta')?.textContent).toBe(`1 of ${done.length + open.length} done.`)
  })

  it('shows in the Markdown report of a saved assessment as task-list items with their ticks, after the steps', () => {
    const server = serverInputFromAssessment(saved({ 'checklist:export-configuration': true }), '2026-11-26', validateInstallDetails, BUILT_IN_PACK)
    const markdown = renderReport('markdown', { asOf: '2026-11-26', rulePack: { version: BUILT_IN_PACK.version, asOf: BUILT_IN_PACK.asOf }, servers: [server], errors: [] }, false)
    const lines = markdown.split('\n')
    const heading = lines.indexOf('### Upgrade checklist')
    expect(heading).toBeGreaterThan(lines.indexOf('### Version and deadlines'))
    expect(heading).toBeLessThan(lines.indexOf('### Raw facts'))
    const done = lines.filter((line) => line.startsWith('- [x] '))
    const open = lines.filter((line) => line.startsWith('- [ ] '))
    expect(done).toEqual([expect.stringMatching(/^- \[x\] \*\*Done:\*\* Export the current configuration: /)])
    expect(open.length).toBeGreaterThan(2)
    expect(open.every((line) => line.startsWith('- [ ] **To do:** '))).toBe(true)
    expect(lines[heading + 2]).toBe(`1 of ${done.length + open.length} done.`)
    expect(lines).toContain('#### Before the upgrade')
  })
})
