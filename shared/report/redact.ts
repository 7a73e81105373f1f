/**
 * Redacting a run: server, domain, tenant, account, customer, OU and input file names, and the names
 * of saved assessments, replaced by stable placeholders (`SERVER-1`, `DOMAIN-1`, `TENANT-1`,
 * `ACCOUNT-1`, `CUSTOMER-1`, `OU-1`, `FILE-1.json`, `ASSESSMENT-1`) in every free-text value: messages,
 * evidence values, source labels, raw facts and extra fields the contract does not know. Keys,
 * verdicts, statuses, rule ids and versions are never touched (`redaction-map.ts`).
 *
 * Source labels lose their folders (a path can name a customer or a user). A name is replaced as a
 * whole token, in any letter case and script (`redaction-text.ts`); a value in a name field (a
 * server's name, a tenant id) is replaced whole even when it is a common word or a number. The
 * rendered output is checked last: a name it still shows stops the export. The document's own
 * field names (`connect`, `features`) are the app's words, never names (`redaction-fields.ts`).
 */
import type { FleetInput, ServerInput } from './fleet-input'
import { pairCandidates } from './fleet-report'
import { isDistinctive, isNamePath, withoutQuotedValues } from './redaction-words'
import { isContractKey } from './redaction-fields'
import { PlaceholderRegistry, registerByKey, registerPatterns, registerServer } from './redaction-discovery'
import { mapEveryString, mapRunText, visitDocumentText } from './redaction-map'
import { createNameMatcher, foldName } from './redaction-text'
import { pairStagingServers } from './staging-pairs'
import { compareIdentities, serverIdentity, type ServerIdentity } from '../assessments/server-identity'

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
  visitDocumentText(input, (text, path) => {
    registerByKey(registry, path.slice(path.lastIndexOf('.') + 1), text)
    registerPatterns(registry, text)
  })
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

const SERVER_PLACEHOLDER = /^SERVER-(\d+)$/

function identityOf(server: ServerInput): ServerIdentity {
  return serverIdentity({ serverName: server.name ?? '', ...(server.customer === undefined ? {} : { customer: server.customer }) }, server.details)
}

/**
 * Servers of one name that are not one server (another FQDN, tenant or customer: two fleet rows)
 * each get their own placeholder: the report says SERVER-1 … SERVER-8, not SERVER-1 eight times.
 * Runs of one server (`compareIdentities` says `same`) keep one.
 */
function distinctServerPlaceholders(originals: readonly ServerInput[], redacted: readonly ServerInput[], placeholders: Iterable<string>): ServerInput[] {
  let next = Math.max(0, ...[...placeholders].map((placeholder) => Number(SERVER_PLACEHOLDER.exec(placeholder)?.[1] ?? 0))) + 1
  const seen = new Map<string, { identity: ServerIdentity; placeholder: string }[]>()
  return redacted.map((server, index) => {
    const original = originals[index]
    const placeholder = server.name ?? ''
    if (original === undefined || !SERVER_PLACEHOLDER.test(placeholder)) {
      return server
    }
    const identity = identityOf(original)
    const known = seen.get(placeholder) ?? []
    const same = known.find((entry) => compareIdentities(entry.identity, identity) === 'same')
    const own = known.length === 0 ? placeholder : (same?.placeholder ?? `SERVER-${next++}`)
    seen.set(placeholder, [...known, { identity, placeholder: own }])
    if (own === placeholder) {
      return server
    }
    const token = new RegExp(`(?<![\\w-])${placeholder}(?!\\w)`, 'g')
    const { pairWith } = server
    const renamed = mapEveryString(server, (text) => text.replace(token, own))
    return pairWith === undefined ? renamed : { ...renamed, pairWith }
  })
}

/** Fields of a run that are the rules' own words, never data: kept as they are in the template. */
const STRUCTURAL_PATHS = new Set(
  ['asOf', 'rulePack.version', 'rulePack.asOf', 'servers.verdict', 'servers.conflicts.path'].concat(
    ['ruleId', 'step', 'status', 'severity', 'confidence', 'messageId', 'sources.title', 'sources.url', 'sources.revision'].map((field) => `servers.findings.${field}`),
  ),
)

/** A redacted run, and the check its rendered output must pass before it is written. */
export interface RedactedRun {
  readonly fleet: FleetInput
  /**
   * The originals `output` still shows that `template` (the same report with no data) does not,
   * and any name found in a key: must be none.
   */
  readonly leaks: (output: string, template: string) => readonly string[]
  /** The same run with every free-text leaf emptied: rendered, it gives the report's own words. */
  readonly template: FleetInput
}

/** The run with every name replaced by its placeholder (`isRedacted` set), and its final check. */
export function redactRun(input: FleetInput): RedactedRun {
  const labelled: FleetInput = {
    ...input,
    servers: withPartnersNamed(input.servers).map(mapLabels),
    errors: input.errors.map((error) => ({ ...error, source: withoutFolders(error.source) })),
  }
  const registry = discover(labelled)
  const placeholders = registry.entries()
  const searchable = [...placeholders.keys()].filter(isDistinctive)
  const matcher = createNameMatcher(searchable)
  const inText = (text: string) => matcher.replace(text, (name) => placeholders.get(name) ?? name)
  const asValue = (text: string, path: string) => {
    const whole = isNamePath(path) ? placeholders.get(foldName(text.trim())) : undefined
    return whole ?? inText(text)
  }
  const mapped = mapRunText(labelled, { value: asValue, text: inText, label: inText, error: (text) => inText(withoutQuotedValues(text)) })
  const fleet: FleetInput = {
    ...mapped,
    servers: distinctServerPlaceholders(labelled.servers, mapped.servers, placeholders.values()),
    isRedacted: true,
  }
  // The report's own words: the redacted run with every string that still holds a name emptied
  // (rule ids, statuses and Microsoft's sources kept). Rendered, it shows what the report itself
  // writes; a name the real output shows beyond that came from data that was not redacted.
  const template: FleetInput = mapEveryString(fleet, (text, path) => (STRUCTURAL_PATHS.has(path) || matcher.find(text).length === 0 ? text : ''))
  // Names in keys are never rewritten, and the template shows the keys too: they always count,
  // except the document's own field names (`connect`, `features`), which every report shows.
  const keys: string[] = []
  visitDocumentText(labelled, (text, path) => path === '' && !isContractKey(text) && keys.push(text))
  const inKeys = new Set(keys.flatMap((key) => matcher.find(key)))
  const leaks = (output: string, templateOutput: string) => {
    const own = new Set(matcher.find(templateOutput))
    return matcher.find(output).filter((name) => inKeys.has(name) || !own.has(name))
  }
  return { fleet, leaks, template }
}

/** The run with every name replaced by its placeholder, and `isRedacted` set. */
export function redactFleetInput(input: FleetInput): FleetInput {
  return redactRun(input).fleet
}

/** Thrown when a redacted report would still show an original name: nothing is written. */
export class RedactionIncompleteError extends Error {
  constructor(readonly count: number) {
    super(`the redacted report would still show ${count === 1 ? 'a name' : `${count} names`} from the inputs, so it was not written`)
  }
}

/**
 * Redacts `input`, renders it with `render`, and checks the output: a name from the inputs that
 * the output still shows (beyond the report's own words) stops the export with a
 * {@link RedactionIncompleteError} rather than leak it.
 */
export function renderRedacted(input: FleetInput, render: (fleet: FleetInput) => string): string {
  const run = redactRun(input)
  const output = render(run.fleet)
  let template = ''
  try {
    template = render(run.template)
  } catch {
    // The emptied run did not render: check against no words of the report's own (stricter).
  }
  const leaked = run.leaks(output, template)
  if (leaked.length > 0) {
    throw new RedactionIncompleteError(leaked.length)
  }
  return output
}
