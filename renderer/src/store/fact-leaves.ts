/**
 * A document's facts as `[path, value]` pairs, so they can be set one by one through `answerFact`.
 */
import { isBoundedFactList } from '~shared/import/fact-list'
import type { FactValue } from '~shared/import/text-forms/types'
import type { InstallDetails } from '~shared/types/install-details'

/**
 * Every fact with its dotted path, depth first: each scalar (string, number, boolean or null) and
 * each list (e.g. the connectors or the sync rules), kept whole as one fact; `kind` and
 * `schemaVersion` are left out. A list over the list-fact bounds is skipped, as the app would
 * refuse it.
 */
export function factLeaves(details: InstallDetails): readonly (readonly [string, FactValue])[] {
  const leaves: (readonly [string, FactValue])[] = []
  const walk = (node: unknown, prefix: string) => {
    if (node === null || typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') {
      leaves.push([prefix, node])
      return
    }
    if (Array.isArray(node)) {
      if (isBoundedFactList(node)) {
        leaves.push([prefix, node])
      }
      return
    }
    if (typeof node !== 'object') {
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
