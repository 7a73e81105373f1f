/**
 * The install-details document's own field names, read from its schema: the app's vocabulary,
 * never a name to hide.
 *
 * The collector's notes name fields as dotted paths (`connect.cloud`,
 * `connect.database.sqlVersion`); read as text they look like host names, so without this list
 * `connect`, `database` and `features` were taken for organisations. Keys are never rewritten by
 * redaction, and the contract's own keys are in every report, so they are no leak either.
 */
import { z } from 'zod'
import { installDetailsSchema } from '../types/install-details'

/** Folded key → the keys below it (empty for a leaf). */
type FieldTree = ReadonlyMap<string, FieldTree>

/** The schema's object shapes as a tree of lower-cased keys; optional, nullable and array wrappers looked through. */
function fieldTreeOf(schema: z.ZodType): FieldTree {
  const root = new Map<string, FieldTree>()
  const stack: { readonly schema: z.ZodType; readonly into: Map<string, FieldTree> }[] = [{ schema, into: root }]
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const inner = item.schema
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) {
      stack.push({ schema: inner.unwrap() as z.ZodType, into: item.into })
    } else if (inner instanceof z.ZodArray) {
      stack.push({ schema: inner.element as z.ZodType, into: item.into })
    } else if (inner instanceof z.ZodObject) {
      for (const [key, child] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
        const children = new Map<string, FieldTree>()
        item.into.set(key.toLowerCase(), children)
        stack.push({ schema: child, into: children })
      }
    }
  }
  return root
}

/** Every key at every level of a tree. */
function keysOf(root: FieldTree): ReadonlySet<string> {
  const found = new Set<string>()
  const stack: FieldTree[] = [root]
  for (let level = stack.pop(); level !== undefined; level = stack.pop()) {
    for (const [key, children] of level) {
      found.add(key)
      stack.push(children)
    }
  }
  return found
}

const CONTRACT_TREE = fieldTreeOf(installDetailsSchema)
const CONTRACT_KEYS = keysOf(CONTRACT_TREE)

/** True when `key` is a field name the install-details document defines (`connect`, `features`), in any letter case. */
export function isContractKey(key: string): boolean {
  return CONTRACT_KEYS.has(key.toLowerCase())
}

/**
 * True when the dotted `name` is a path of the document's fields from its top (`connect.cloud`,
 * `server.os.installationType`), in any letter case: a field, not a host name. Every label must be
 * a field of the one before, so `server.contoso.com` is still a host.
 */
export function isContractFieldPath(name: string): boolean {
  const labels = name.toLowerCase().split('.')
  let level: FieldTree | undefined = CONTRACT_TREE
  for (const label of labels) {
    level = level?.get(label)
    if (level === undefined) {
      return false
    }
  }
  return labels.length > 1
}
