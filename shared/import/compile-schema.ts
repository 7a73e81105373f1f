/**
 * A zod schema compiled once into plain checking functions, for documents that are valid as a
 * whole (nearly every file): it gives the same value zod's `safeParse` gives, or says only "not
 * valid", and the caller then asks zod itself, whose issues name each problem. So zod still
 * decides every refusal and writes every message; this only spares its general machinery (and
 * the copy the keep-valid-facts pass makes) on the common path.
 *
 * The output is built the way zod builds it: declared keys first, in the schema's order, then the
 * other keys in the input's order (`__proto__` left out), so every object of one schema with the
 * same keys present has one shape. Only what the install-details schemas use is compiled (loose
 * objects, optional, nullable, strings with length, pattern, date-time and refinement checks,
 * bounded and integer numbers, booleans, enums, literals, bounded arrays); anything else throws
 * when compiled, so a schema change cannot slip past unchecked.
 */
import type { z } from 'zod'

/** What a compiled check answers for a value that is not valid. */
export const NOT_VALID: unique symbol = Symbol('not valid')

/** The value as zod would give it, or {@link NOT_VALID}. */
export type CompiledCheck = (value: unknown) => unknown

interface Internals {
  readonly def: Readonly<Record<string, unknown>> & { readonly type: string; readonly checks?: readonly { readonly _zod: Internals }[] }
  readonly optin?: string
  readonly optout?: string
}

function internalsOf(schema: unknown): Internals {
  return (schema as { _zod: Internals })._zod
}

/** A check of one value already of the right type: true when it passes. */
type ValueTest = (value: never) => boolean

function unsupported(what: string): never {
  throw new Error(`compileSchema: ${what} is not supported`)
}

function stringTests(checks: readonly { readonly _zod: Internals }[]): ((value: string) => boolean)[] {
  return checks.map(({ _zod: { def } }) => {
    switch (def.check) {
      case 'max_length': {
        const maximum = def.maximum as number
        return (value: string) => value.length <= maximum
      }
      case 'min_length': {
        const minimum = def.minimum as number
        return (value: string) => value.length >= minimum
      }
      case 'string_format': {
        const pattern = def.pattern as RegExp | undefined
        if (!(pattern instanceof RegExp) || pattern.global || pattern.sticky) {
          return unsupported(`the string format ${String(def.format)}`)
        }
        return (value: string) => pattern.test(value)
      }
      case 'custom': {
        const test = def.fn as (value: string) => unknown
        // zod passes a value whose refinement returns anything truthy (a promise would need its async parse).
        return (value: string) => {
          const result = test(value)
          return !(result instanceof Promise) && Boolean(result)
        }
      }
      default:
        return unsupported(`the string check ${String(def.check)}`)
    }
  })
}

function numberTests(checks: readonly { readonly _zod: Internals }[]): ((value: number) => boolean)[] {
  return checks.map(({ _zod: { def } }) => {
    const bound = def.value as number
    switch (def.check) {
      case 'greater_than':
        return def.inclusive === true ? (value: number) => value >= bound : (value: number) => value > bound
      case 'less_than':
        return def.inclusive === true ? (value: number) => value <= bound : (value: number) => value < bound
      case 'number_format':
        return def.format === 'safeint' ? (value: number) => Number.isSafeInteger(value) : unsupported(`the number format ${String(def.format)}`)
      default:
        return unsupported(`the number check ${String(def.check)}`)
    }
  })
}

function passesAll<T>(value: T, tests: readonly ((value: T) => boolean)[]): boolean {
  for (const test of tests) {
    if (!test(value)) {
      return false
    }
  }
  return true
}

function compileString(internals: Internals): CompiledCheck {
  const { def } = internals
  const tests = stringTests(def.checks ?? [])
  if (def.format !== undefined) {
    // A format schema (z.iso.datetime) carries its pattern on the schema itself.
    const pattern = (internals as Internals & { pattern?: unknown }).pattern
    if (def.format !== 'datetime' || !(pattern instanceof RegExp) || pattern.global || pattern.sticky) {
      return unsupported(`the string format ${String(def.format)}`)
    }
    tests.unshift((value) => pattern.test(value))
  }
  return (value) => (typeof value === 'string' && passesAll(value, tests) ? value : NOT_VALID)
}

function compileNumber(def: Internals['def']): CompiledCheck {
  const tests = numberTests(def.checks ?? [])
  if (def.format !== undefined) {
    // A format schema (z.int(), z.int32()) is its own check.
    return unsupported(`the number format ${String(def.format)}`)
  }
  return (value) => (typeof value === 'number' && Number.isFinite(value) && passesAll(value, tests) ? value : NOT_VALID)
}

function compileArray(def: Internals['def']): CompiledCheck {
  const element = compileNode(def.element)
  const tests = (def.checks ?? []).map(({ _zod: { def: check } }): ValueTest => {
    switch (check.check) {
      case 'max_length': {
        const maximum = check.maximum as number
        return ((value: unknown[]) => value.length <= maximum) as ValueTest
      }
      case 'min_length': {
        const minimum = check.minimum as number
        return ((value: unknown[]) => value.length >= minimum) as ValueTest
      }
      default:
        return unsupported(`the array check ${String(check.check)}`)
    }
  }) as ((value: unknown[]) => boolean)[]
  return (value) => {
    if (!Array.isArray(value) || !passesAll(value, tests)) {
      return NOT_VALID
    }
    const out: unknown[] = new Array<unknown>(value.length)
    for (let index = 0; index < value.length; index += 1) {
      const item = element(value[index])
      if (item === NOT_VALID) {
        return NOT_VALID
      }
      out[index] = item
    }
    return out
  }
}

interface CompiledKey {
  readonly key: string
  readonly check: CompiledCheck
  /** Absent is allowed (an optional field). */
  readonly isOptional: boolean
}

function compileObject(def: Internals['def']): CompiledCheck {
  const catchall = def.catchall === undefined ? undefined : internalsOf(def.catchall).def.type
  if (catchall !== 'unknown') {
    return unsupported('an object that is not loose')
  }
  const shape = def.shape as Readonly<Record<string, unknown>>
  if (Object.getOwnPropertySymbols(shape).length > 0 || Object.hasOwn(shape, '__proto__')) {
    return unsupported('a symbol or __proto__ key')
  }
  const keys: CompiledKey[] = Object.keys(shape).map((key) => {
    const field = internalsOf(shape[key])
    return { key, check: compileNode(shape[key]), isOptional: field.optin === 'optional' && field.optout === 'optional' }
  })
  const declared: ReadonlySet<string> = new Set(keys.map(({ key }) => key))
  return (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return NOT_VALID
    }
    const input = value as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const { key, check, isOptional } of keys) {
      if (!(key in input)) {
        if (isOptional) {
          continue
        }
        return NOT_VALID
      }
      const checked = check(input[key])
      if (checked === NOT_VALID) {
        return NOT_VALID
      }
      out[key] = checked
    }
    for (const key in input) {
      if (!declared.has(key) && key !== '__proto__') {
        out[key] = input[key]
      }
    }
    return out
  }
}

function compileNode(schema: unknown): CompiledCheck {
  const internals = internalsOf(schema)
  const { def } = internals
  if ((def.checks ?? []).length > 0 && def.type !== 'string' && def.type !== 'number' && def.type !== 'array') {
    return unsupported(`checks on a schema of type ${def.type}`)
  }
  switch (def.type) {
    case 'object':
      return compileObject(def)
    case 'optional': {
      const inner = compileNode(def.innerType)
      return (value) => (value === undefined ? undefined : inner(value))
    }
    case 'nullable': {
      const inner = compileNode(def.innerType)
      return (value) => (value === null ? null : inner(value))
    }
    case 'string':
      return compileString(internals)
    case 'number':
      return compileNumber(def)
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : NOT_VALID)
    case 'enum': {
      const allowed: ReadonlySet<unknown> = new Set(Object.values(def.entries as Record<string, unknown>))
      return (value) => (allowed.has(value) ? value : NOT_VALID)
    }
    case 'literal': {
      const allowed: ReadonlySet<unknown> = new Set(def.values as readonly unknown[])
      return (value) => (allowed.has(value) ? value : NOT_VALID)
    }
    case 'array':
      return compileArray(def)
    case 'unknown':
      return (value) => value
    default:
      return unsupported(`the schema type ${def.type}`)
  }
}

/** Compiles `schema` once; the check gives `schema.safeParse(value).data` for a valid value, else {@link NOT_VALID}. */
export function compileSchema<Schema extends z.ZodType>(schema: Schema): (value: unknown) => z.infer<Schema> | typeof NOT_VALID {
  return compileNode(schema) as (value: unknown) => z.infer<Schema> | typeof NOT_VALID
}
