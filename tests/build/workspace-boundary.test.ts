/**
 * The Fleet and the Compare workspaces reach the wizard only through the saved-runs slice
 * (renderer/src/store/saved-runs-slice.ts): their store code and their views name none of the
 * wizard's own members.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..', '..')
const STORE = ['fleet-slice.ts', 'fleet-selectors.ts', 'compare-slice.ts', 'compare-selectors.ts'].map((name) => join('renderer/src/store', name))
const FEATURES = ['renderer/src/features/fleet', 'renderer/src/features/compare'].flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => join(folder, name)),
)

/** The wizard's members the workspaces used to read, as a member access on the store's state. */
const WIZARD_MEMBER = /\b(?:assessmentList|refreshAssessments|saveNow|openInWalk|saveStatus|listMessage)\b|\b(?:get\(\)|state)\.assessment\b/

function reachingBack(source: string): string[] {
  return source.split('\n').filter((line) => WIZARD_MEMBER.test(line))
}

describe('the Fleet and the Compare stay off the wizard’s members', () => {
  it('finds a reach-back when there is one', () => {
    expect(reachingBack('const list = get().assessmentList\nconst ok = true')).toEqual(['const list = get().assessmentList'])
    expect(reachingBack('useWizardStore((state) => state.saveStatus)')).toHaveLength(1)
    expect(reachingBack('const id = get().assessment.id')).toHaveLength(1)
    expect(reachingBack('const id = get().openRunId()\nrows.map((assessment) => assessment.id)')).toEqual([])
  })

  it('reads every workspace file, and none reaches back', () => {
    expect(FEATURES.length).toBeGreaterThan(10)
    const files = [...STORE, ...FEATURES]
    const found = files.flatMap((file) => reachingBack(readFileSync(join(ROOT, file), 'utf8')).map((line) => `${file}: ${line.trim()}`))
    expect(found).toEqual([])
  })

  it('uses the saved-runs members instead', () => {
    const read = (file: string) => readFileSync(join(ROOT, file), 'utf8')
    expect(read('renderer/src/store/fleet-slice.ts')).toMatch(/get\(\)\.listSavedRuns\(\)/)
    expect(read('renderer/src/store/fleet-slice.ts')).toMatch(/get\(\)\.openSavedRunInWalk\(/)
    expect(read('renderer/src/store/compare-slice.ts')).toMatch(/get\(\)\.saveAndListRuns\(\)/)
    expect(read('renderer/src/store/compare-slice.ts')).toMatch(/get\(\)\.savedRuns\b/)
  })
})
