/**
 * The done-when checks of the 2026-12-06 facts, through the command line (in process): the same
 * path an admin's `assess` takes.
 */
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { ContractDocument as AssessmentDocument } from '~shared/report/fleet-input'
import type { Finding } from '~shared/rules/types'
import { runCliForTest } from '../support/run-cli'

const SCENARIOS = `${relative(process.cwd(), fileURLToPath(new URL('../fixtures/scenarios/', import.meta.url)))}/`

async function findingsOf(file: string): Promise<readonly Finding[]> {
  const result = await runCliForTest('assess', `${SCENARIOS}${file}`, '--as-of', '2026-12-06', '--format', 'json')
  const document = JSON.parse(result.stdout) as AssessmentDocument
  expect(document.rulePack).toMatchObject({ version: '2026.12.06.1', asOf: '2026-12-06' })
  return (document.servers[0]?.findings ?? []) as readonly Finding[]
}

const find = (findings: readonly Finding[], ruleId: string) => findings.find((finding) => finding.ruleId === ruleId)

describe('assess as of 2026-12-06', () => {
  it('fails version/end-of-support for 2.5.79.0: out of support since 2026-10-23, with no unconfirmed caveat', async () => {
    const finding = find(await findingsOf('current-2-5-79.json'), 'version/end-of-support')
    expect(finding).toMatchObject({ status: 'fail', message: '2.5.79.0 has been out of support since 2026-10-23.', headline: '2.5.79.0 out of support since 2026-10-23', confidence: 'documented' })
    expect(finding?.caveat).toBeUndefined()
  })

  it('fails prereq/database for SQL Server 2014', async () => {
    expect(find(await findingsOf('sql-2014-2-6-3.json'), 'prereq/database')).toMatchObject({ status: 'fail', data: { sqlYear: '2014' }, headline: 'SQL Server 2014 is not supported' })
  })

  it('passes Windows Server 2025', async () => {
    expect(find(await findingsOf('ws2025.json'), 'prereq/os')).toMatchObject({ status: 'pass', data: { build: 26100, minimumUpdate: 'KB5070773' } })
  })

  it('gives the recommended target a floor of 2.6.91.0, with its reason', async () => {
    const finding = find(await findingsOf('current-2-5-79.json'), 'version/recommended-target')
    expect(finding?.data).toMatchObject({ atLeast: '2.6.91.0', atLeastBasis: 'known-issue' })
    expect(finding?.message).toContain('at least 2.6.91.0 (2.6.84.0 is the announced minimum, but a known issue rules it out: installing or upgrading over an existing ADSync database fails (0xE0474352); fixed in 2.6.91.0)')
  })
})
