import { describe, expect, it } from 'vitest'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const CLOUD_SYNC_MATRIX = BUILT_IN_PACK.cloudSync

describe('CLOUD_SYNC_MATRIX', () => {
  it('has unique capability and decider ids', () => {
    const capabilities = CLOUD_SYNC_MATRIX.capabilities.map((row) => row.id)
    const deciders = CLOUD_SYNC_MATRIX.deciders.map((decider) => decider.id)
    expect(new Set(capabilities).size).toBe(capabilities.length)
    expect(new Set(deciders).size).toBe(deciders.length)
  })

  it('ties every decider to a capability row Cloud Sync lacks or limits', () => {
    for (const decider of CLOUD_SYNC_MATRIX.deciders) {
      const row = CLOUD_SYNC_MATRIX.capabilities.find((capability) => capability.id === decider.capability)
      expect(row, decider.id).toBeDefined()
    }
  })

  it('reads only connect facts', () => {
    for (const decider of CLOUD_SYNC_MATRIX.deciders) {
      expect(decider.when.fact.startsWith('connect.')).toBe(true)
    }
  })

  it('keeps the documented limits', () => {
    expect(CLOUD_SYNC_MATRIX.limits).toEqual({ maxObjectsPerDomain: 150_000, maxGroupMembers: 50_000 })
  })
})
