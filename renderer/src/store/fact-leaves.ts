/**
 * A document's facts as `[path, value]` pairs, so they can be set one by one through `answerFact`.
 */
import type { InstallDetails } from '../../../shared/types/install-details'

/** A fact's value as `answerFact` takes it. */
export type FactValue = string | number | boolean | null

/**
 * Every leaf fact (string, number, boolean or null) with its dotted path, depth first; `kind`
 * and `schemaVersion` are left out. Values of any other shape (arrays) are skipped.
 */
export function factLeaves(details: InstallDetails): readonly (readonly [string, FactValue])[] {
  const leaves: (readonly [string, FactValue])[] = []
  const walk = (node: unknown, prefix: string) => {
    if (node === null || typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') {
      leaves.push([prefix, node])
      return
    }
    if (typeof node !== 'object' || Array.isArray(node)) {
      return
    }
    for (const [key, value] of Object.entries(node)) {
      walk(value, prefix === '' ? key : `${prefix}.${key}`)
    }
  }
  for (const [key, value] of Object.entries(details)) {
    if (key !== 'kind' && key !== 'schemaVersion') {
      walk(value, key)
    }
  }
  return leaves
}
