import { describe, expect, it } from 'vitest'
import { compareForServer } from '~shared/cloudsync/server-comparison'
import { connectOnly } from '../rules/harness'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const rowOf = (rows: ReturnType<typeof compareForServer>['rows'], id: string) => rows.find((row) => row.id === id)

describe('compareForServer', () => {
  it('says a used capability Cloud Sync lacks would be lost, first', () => {
    const { rows } = compareForServer(connectOnly({ features: { deviceWriteback: true } }), BUILT_IN_PACK.cloudSync)
    expect(rows[0]).toMatchObject({ id: 'device-writeback', change: 'loses' })
  })

  it('says a needed capability only Cloud Sync has is a gain for this server', () => {
    const details = { ...connectOnly({}), connect: { disconnectedForests: true } }
    expect(rowOf(compareForServer(details, BUILT_IN_PACK.cloudSync).rows, 'disconnected-forests')?.change).toBe('needed-gain')
  })

  it('flags a large domain as limited in Cloud Sync', () => {
    const { rows } = compareForServer(connectOnly({ largestDomainObjectCount: 200_000 }), BUILT_IN_PACK.cloudSync)
    expect(rowOf(rows, 'scale-per-domain')?.change).toBe('limited')
  })

  it('lists unanswered capabilities and leaves unused ones out, counting them', () => {
    const { rows, otherCount } = compareForServer(connectOnly({ features: { groupWriteback: false } }), BUILT_IN_PACK.cloudSync)
    expect(rowOf(rows, 'device-writeback')?.change).toBe('unanswered')
    expect(rowOf(rows, 'group-writeback-v1')).toBeUndefined()
    expect(otherCount).toBeGreaterThan(0)
  })

  it('keeps Group Writeback V1 (in both) apart from group provisioning to AD (Cloud Sync only)', () => {
    const { rows } = compareForServer(connectOnly({ features: { groupWriteback: true } }), BUILT_IN_PACK.cloudSync)
    expect(rowOf(rows, 'group-writeback-v1')?.change).toBe('same')
    expect(rowOf(rows, 'group-provisioning-to-ad')?.change).toBe('gains')
  })

  it('says reliance on reconciliation would be lost', () => {
    const details = connectOnly({ features: { reconciliation: true } as Record<string, boolean> })
    expect(rowOf(compareForServer(details, BUILT_IN_PACK.cloudSync).rows, 'reconciliation')?.change).toBe('loses')
  })
})
