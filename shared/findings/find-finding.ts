/**
 * Picking one rule's finding out of a report, and reading its data safely.
 */
import type { DataValue, Finding, Report } from '../rules/types'

/** The finding of `ruleId`, or `undefined` when the report has none (no report, or a retired rule). */
export function findFinding(report: Report | undefined, ruleId: string): Finding | undefined {
  return report?.findings.find((finding) => finding.ruleId === ruleId)
}

/** A string from the finding's data, or `undefined` when missing or not a string. */
export function dataString(finding: Finding | undefined, key: string): string | undefined {
  const value: DataValue | undefined = finding?.data[key]
  return typeof value === 'string' ? value : undefined
}

/** A list of strings from the finding's data; empty when missing. */
export function dataList(finding: Finding | undefined, key: string): readonly string[] {
  const value: DataValue | undefined = finding?.data[key]
  return Array.isArray(value) ? value : []
}
