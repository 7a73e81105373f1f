/**
 * Where a run's free text is: the one map over a run that redaction goes through. Only free-text
 * leaf values are handed to the functions given; keys (field paths, evidence keys), rule ids,
 * verdicts, statuses, severities, sources, dates and the rule pack's version never are, so a
 * server named `ok`, `pass` or `Server` cannot rewrite them. Iterative over the document, so no
 * nesting can overflow the stack.
 */
import type { Finding } from '../rules/types'
import type { FleetInput, ServerInput } from './fleet-input'

/** What a piece of free text is, so each is redacted the right way. */
export interface TextMappers {
  /** A value that is a name as a whole (a server's name, a tenant id field): `path` is its field path. */
  readonly value: (text: string, path: string) => string
  /** Free text (a message, a note, a title). */
  readonly text: (text: string) => string
  /** A source label (`AADC01.json line 4 + settings.txt`). */
  readonly label: (text: string) => string
  /** The message of an input that could not be read (it may quote the file). */
  readonly error: (text: string) => string
}

interface Frame {
  readonly entries: ReadonlyArray<readonly [string, unknown]>
  readonly target: Record<string, unknown> | unknown[]
  readonly path: string
  next: number
}

function frameOf(source: object, target: Frame['target'], path: string): Frame {
  const entries: Array<readonly [string, unknown]> = Array.isArray(source) ? source.map((child: unknown, index) => [String(index), child] as const) : Object.entries(source)
  return { entries, target, path, next: 0 }
}

/** A copy of `document` with every string leaf mapped, in document order (depth first), on an explicit stack. */
function mapDocument<T>(document: T, mappers: TextMappers, onKey?: (key: string) => void): T {
  if (document === null || typeof document !== 'object') {
    return document
  }
  const top: Frame['target'] = Array.isArray(document) ? [] : {}
  const stack: Frame[] = [frameOf(document, top, '')]
  for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
    const entry = frame.entries[frame.next]
    if (entry === undefined) {
      stack.pop()
      continue
    }
    frame.next += 1
    const [key, child] = entry
    const isArray = Array.isArray(frame.target)
    if (!isArray) {
      onKey?.(key)
    }
    const path = isArray ? frame.path : frame.path === '' ? key : `${frame.path}.${key}`
    let mapped: unknown = child
    if (typeof child === 'string') {
      mapped = mappers.value(child, path)
    } else if (child !== null && typeof child === 'object') {
      mapped = Array.isArray(child) ? [] : {}
      stack.push(frameOf(child, mapped as Frame['target'], path))
    }
    if (Array.isArray(frame.target)) {
      frame.target.push(mapped)
    } else {
      Object.defineProperty(frame.target, key, { value: mapped, enumerable: true, writable: true, configurable: true })
    }
  }
  return top as T
}

function mapFinding(finding: Finding, mappers: TextMappers): Finding {
  return {
    ...finding,
    title: mappers.text(finding.title),
    message: mappers.text(finding.message),
    why: mappers.text(finding.why),
    ...(finding.caveat === undefined ? {} : { caveat: mappers.text(finding.caveat) }),
    remediation: finding.remediation.map((step) => ({ ...step, text: mappers.text(step.text), ...(step.powershell === undefined ? {} : { powershell: mappers.text(step.powershell) }) })),
    evidence: Object.fromEntries(
      Object.entries(finding.evidence).map(([path, entry]) => [path, { value: typeof entry.value === 'string' ? mappers.value(entry.value, path) : mapDocument(entry.value, mappers), from: mappers.label(entry.from) }]),
    ),
    data: Object.fromEntries(
      Object.entries(finding.data).map(([key, value]) => [key, typeof value === 'string' ? mappers.text(value) : Array.isArray(value) ? value.map((item: string) => mappers.text(item)) : value]),
    ) as Finding['data'],
  }
}

function mapServer(server: ServerInput, mappers: TextMappers): ServerInput {
  return {
    ...server,
    source: mappers.label(server.source),
    name: server.name === null ? null : mappers.value(server.name, 'server.name'),
    findings: server.findings.map((finding) => mapFinding(finding, mappers)),
    details: mapDocument(server.details, mappers),
    ...(server.conflicts === undefined
      ? {}
      : {
          conflicts: server.conflicts.map((conflict) => ({
            ...conflict,
            values: conflict.values.map((entry) => ({ value: typeof entry.value === 'string' ? mappers.value(entry.value, conflict.path) : entry.value, from: mappers.label(entry.from) })),
          })),
        }),
    ...(server.provenance === undefined ? {} : { provenance: Object.fromEntries(Object.entries(server.provenance).map(([path, from]) => [path, mappers.label(from)])) }),
    ...(server.customer === undefined ? {} : { customer: mappers.value(server.customer, 'customer') }),
    ...(server.pairWith === undefined ? {} : { pairWith: mappers.value(server.pairWith, 'server.name') }),
  }
}

/** The run with every free-text leaf passed through `mappers`; everything else as it was. */
export function mapRunText(input: FleetInput, mappers: TextMappers): FleetInput {
  return {
    ...input,
    servers: input.servers.map((server) => mapServer(server, mappers)),
    errors: input.errors.map((error) => ({ source: mappers.label(error.source), message: mappers.error(error.message) })),
  }
}

/**
 * Calls `visit` with every free-text leaf of the run's documents and its field path, and with every
 * key (path `''`): a name found in a key is never rewritten, but it is known, so the final check
 * refuses output that still shows it.
 */
export function visitDocumentText(input: FleetInput, visit: (text: string, path: string) => void): void {
  const mappers: TextMappers = {
    value: (text, path) => {
      visit(text, path)
      return text
    },
    text: (text) => text,
    label: (text) => text,
    error: (text) => text,
  }
  input.servers.forEach((server) => mapDocument(server.details, mappers, (key) => visit(key, '')))
}

/**
 * A copy of `value` (a whole run) with every string leaf passed through `map` with its path of
 * keys (array positions left out: `servers.findings.status`). Keys are kept.
 */
export function mapEveryString<T>(value: T, map: (text: string, path: string) => string): T {
  return mapDocument(value, { value: map, text: (text) => text, label: (text) => text, error: (text) => text })
}
