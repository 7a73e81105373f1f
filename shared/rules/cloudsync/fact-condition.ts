/**
 * Whether a condition of the rule pack's Cloud Sync data (a decider, a limit of the migration
 * tool) holds for a fact's value: `true`/`false` when the value is known, `undefined` when it is
 * missing or `null`.
 */
import type { FactCondition } from '../pack/cloud-sync-matrix'

/** The condition against one value. */
export function conditionHolds(condition: FactCondition, value: unknown): boolean | undefined {
  if (value === undefined || value === null) {
    return undefined
  }
  if ('equals' in condition) {
    return value === condition.equals
  }
  if ('above' in condition) {
    return typeof value === 'number' && value > condition.above
  }
  return typeof value === 'string' && condition.oneOf.includes(value)
}
