/**
 * Redacting a run: server, domain, tenant, account, customer and input file names, and the names of
 * saved assessments, replaced by stable placeholders (`SERVER-1`, `DOMAIN-1`, `TENANT-1`,
 * `ACCOUNT-1`, `CUSTOMER-1`, `FILE-1.json`, `ASSESSMENT-1`) everywhere: messages, evidence values, source labels, raw facts and extra fields
 * the contract does not know.
 *
 * Source labels lose their folders (a path can name a customer or a user), and every name found
 * anywhere in the run's data is replaced wherever it appears, in any letter case.
 */
import type { FleetInput, ServerInput } from './fleet-input'
import { pairCandidates } from './fleet-report'
import { PlaceholderRegistry, registerByKey, registerPatterns, registerServer } from './redaction-discovery'
import { pairStagingServers } from './staging-pairs'

/** A label part that names a file: it has an extension (`AADC01.json`, `scheduler output.txt`). */
const FILE_NAME = /^(.+?)(\.[A-Za-z0-9]{1,8})( line \d+)?$/

/** `C:\Collect\Contoso\AADC01.json line 8 + other/x.txt` → `AADC01.json line 8 + x.txt`. */
export function withoutFolders(label: string): string {
  return label
    .split(' + ')
    .map((part) => part.slice(Math.max(part.lastIndexOf('/'), part.lastIndexOf('\\')) + 1))
    .join(' + ')
}

function mapLabels(server: ServerInput): ServerInput {
  const provenance = server.provenance === undefined ? undefined : Object.fromEntries(Object.entries(server.provenance).map(([path, from]) => [path, withoutFolders(from)]))
  return {
    ...server,
    source: withoutFolders(server.source),
    findings: server.findings.map((finding) => ({
      ...finding,
      evidence: Object.fromEntries(Object.entries(finding.evidence).map(([path, entry]) => [path, { ...entry, from: withoutFolders(entry.from) }])),
    })),
    ...(server.conflicts === undefined
      ? {}
      : { conflicts: server.conflicts.map((conflict) => ({ ...conflict, values: conflict.values.map((entry) => ({ ...entry, from: withoutFolders(entry.from) })) })) }),
    ...(provenance === undefined ? {} : { provenance }),
  }
}

/** Calls `visit(key, value)` for every string value in `value`, and `visit('', key)` for every key. */
function walkStrings(value: unknown, visit: (key: string, text: string) => void, key = ''): void {
  if (typeof value === 'string') {
    visit(key, value)
  } else if (Array.isArray(value)) {
    value.forEach((item) => walkStrings(item, visit, key))
  } else if (value !== null && typeof value === 'object') {
    for (const [childKey, child] of Object.entries(value)) {
      visit('', childKey)
      walkStrings(child, visit, childKey)
    }
  }
}

/**
 * True when `label` is a host name whose host and domain are both known (an assessment named after
 * its server's FQDN): it is replaced part by part (`SERVER-2.DOMAIN-1`), not taken for a file.
 */
function isKnownHostName(registry: PlaceholderRegistry, label: string): boolean {
  const dot = label.indexOf('.')
  return dot > 0 && registry.has(label.slice(0, dot)) && registry.has(label.slice(dot + 1))
}

function discover(input: FleetInput): PlaceholderRegistry {
  const registry = new PlaceholderRegistry()
  for (const server of input.servers) {
    for (const name of [server.name, server.details.server?.name, server.pairWith]) {
      if (typeof name === 'string') {
        registerServer(registry, name)
      }
    }
    for (const value of server.conflicts?.find((conflict) => conflict.path === 'server.name')?.values ?? []) {
      registerServer(registry, String(value.value))
    }
  }
  for (const server of input.servers) {
    if (server.customer !== undefined) {
      registry.register('CUSTOMER', server.customer)
    }
  }
  for (const server of input.servers) {
    walkStrings(server.details, (key, text) => {
      registerByKey(registry, key, text)
      registerPatterns(registry, text)
    })
  }
  const labels = input.servers.flatMap((server) => [server.source, ...Object.values(server.provenance ?? {})])
  for (const part of [...labels, ...input.errors.map((error) => error.source)].flatMap((label) => label.split(' + '))) {
    const file = FILE_NAME.exec(part)
    if (file !== null && !isKnownHostName(registry, part)) {
      registry.register('FILE', `${file[1]}${file[2]}`, file[2]?.toLowerCase())
    } else if (!registry.has(part) && !isKnownHostName(registry, part)) {
      // Free text (a saved assessment's name: "Northwind AADC01 before upgrade"): all of it goes.
      registry.register('ASSESSMENT', withoutFolders(part))
    }
  }
  input.errors.forEach((error) => registerPatterns(registry, error.message))
  return registry
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A function that replaces every registered original in a text, longest first, in one pass. */
function replacer(registry: PlaceholderRegistry): (text: string) => string {
  const entries = registry.entries()
  if (entries.size === 0) {
    return (text) => text
  }
  const pattern = new RegExp([...entries.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'gi')
  return (text) => text.replace(pattern, (match) => entries.get(match.toLowerCase()) ?? match)
}

/** A deep copy of `value` with every string (keys included) passed through `redact`. */
function mapStrings<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') {
    return redact(value) as T
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown) => mapStrings(item, redact)) as T
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [redact(key), mapStrings(child, redact)])) as T
  }
  return value
}

/**
 * Placeholders all look alike (SERVER-1, SERVER-2), so staging partners found by their real names
 * are written down as `pairWith` first: the redacted report still shows the pairs.
 */
function withPartnersNamed(servers: readonly ServerInput[]): ServerInput[] {
  const partners = new Map<string, string | null>()
  for (const { primary, staging } of pairStagingServers(pairCandidates(servers)).pairs) {
    partners.set(primary.key, staging.name).set(staging.key, primary.name)
  }
  return servers.map((server) => {
    const partner = partners.get(server.source)
    return server.pairWith === undefined && typeof partner === 'string' ? { ...server, pairWith: partner } : server
  })
}

/** The run with every name replaced by its placeholder, and `isRedacted` set. */
export function redactFleetInput(input: FleetInput): FleetInput {
  const labelled: FleetInput = {
    ...input,
    servers: withPartnersNamed(input.servers).map(mapLabels),
    errors: input.errors.map((error) => ({ ...error, source: withoutFolders(error.source) })),
  }
  const redact = replacer(discover(labelled))
  return { ...mapStrings(labelled, redact), isRedacted: true }
}
