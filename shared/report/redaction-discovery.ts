/**
 * Finding the names a redacted report must hide, in the data of a run: server names, domain names
 * (FQDNs, NetBIOS `DOMAIN\` prefixes and a distinguished name's `DC=` parts), tenant ids (GUIDs),
 * account names and OUs (`OU=Staff`).
 *
 * Each original gets a placeholder (`SERVER-1`, `DOMAIN-1`, …) the first time it is seen; the same
 * original (in any letter case, in any script: `foldName`) always gets the same one. Input file names get one too
 * (`FILE-1.json`): people name files after servers, customers and themselves.
 */
import { isContractFieldPath } from './redaction-fields'
import { foldName } from './redaction-text'

/** The kinds of name a report hides, as their placeholders spell them. */
export type PlaceholderKind = 'SERVER' | 'DOMAIN' | 'TENANT' | 'ACCOUNT' | 'CUSTOMER' | 'OU' | 'FILE' | 'ASSESSMENT'

/** Originals and their placeholders, numbered per kind in the order they were first seen. */
export class PlaceholderRegistry {
  private readonly byOriginal = new Map<string, string>()
  private readonly counts = new Map<PlaceholderKind, number>()

  /** Registers `original` (ignored when shorter than two characters or already known); returns its placeholder. */
  register(kind: PlaceholderKind, original: string, suffix = ''): string | undefined {
    const key = foldName(original.trim())
    if (key.length < 2) {
      return undefined
    }
    const known = this.byOriginal.get(key)
    if (known !== undefined) {
      return known
    }
    const count = (this.counts.get(kind) ?? 0) + 1
    this.counts.set(kind, count)
    const placeholder = `${kind}-${count}${suffix}`
    this.byOriginal.set(key, placeholder)
    return placeholder
  }

  /** True when `original` is registered as any kind. */
  has(original: string): boolean {
    return this.byOriginal.has(foldName(original.trim()))
  }

  /** True when `original` is registered as a server name. */
  isServer(original: string): boolean {
    return this.byOriginal.get(foldName(original.trim()))?.startsWith('SERVER-') === true
  }

  /** Folded original (`foldName`) → placeholder. */
  entries(): ReadonlyMap<string, string> {
    return this.byOriginal
  }
}

const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi
const UPN = /[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g
// The domain part is a NetBIOS name or a DNS name (`contoso.com\\MSOL_…`); never its last label alone.
const NETBIOS_ACCOUNT = /(?<![\w\\.])([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10}|[A-Za-z][A-Za-z0-9-]{0,14})\\([A-Za-z0-9][\w.$-]*)/g
// An OU in a distinguished name (`OU=Staff,DC=contoso,DC=com`), with escaped characters; and its domain components.
const OU_COMPONENT = /(?<![\p{L}\p{N}_])OU=((?:\\.|[^,+=\\"\r\n]){1,256})/giu
const DOMAIN_COMPONENTS = /(?<![\p{L}\p{N}_])DC=[A-Za-z0-9-]{1,63}(?:,[ \t]{0,4}DC=[A-Za-z0-9-]{1,63}){1,10}/giu
// Entra Connect's own accounts: the AD DS connector (MSOL_), the Entra connector (Sync_<server>_<id>, older AAD_) and the gMSA.
const SERVICE_ACCOUNT = /(?<![\w$])(?:MSOL_[0-9A-Za-z]+|AAD_[0-9A-Za-z]+|ADSyncMSA[0-9A-Za-z]*\$?|Sync_[A-Za-z0-9-]+_[0-9A-Za-z]+)(?![\w$])/g
const FQDN = /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]\b/gi

/** Last labels that make a dotted name a file, not a host. */
const FILE_EXTENSIONS = new Set(['json', 'txt', 'csv', 'html', 'htm', 'md', 'log', 'ps1', 'psm1', 'xml', 'zip', 'exe', 'dll', 'msi', 'cab', 'config', 'xlsx', 'xls', 'docx', 'doc', 'pdf', 'png', 'jpg', 'jpeg', 'gif', 'bin', 'tmp', 'bak', 'yaml', 'yml', 'ini'])
/** Microsoft's own service domains: not the customer's, and named in the rules' sources. */
const PUBLIC_DOMAINS = ['microsoft.com', 'microsoftonline.com', 'windows.net', 'aka.ms', 'azure.com', 'office.com', 'office365.com']
/** Labels too generic to stand for an organisation on their own. */
const GENERIC_LABELS = new Set(['onmicrosoft', 'microsoft', 'mail', 'local', 'corp', 'internal', 'lan', 'home', 'ad', 'com', 'net', 'org'])
const SECOND_LEVEL_SUFFIXES = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu'])

/** Key names whose (one-word) values are names of their kind, in extra fields the contract does not define. */
const KEYED_KINDS: readonly (readonly [RegExp, PlaceholderKind])[] = [
  [/tenant/i, 'TENANT'],
  [/account|user|upn|principal|sam/i, 'ACCOUNT'],
  [/domain|forest|netbios/i, 'DOMAIN'],
  [/host|computer|machine|fqdn|servername/i, 'SERVER'],
]

function isFileName(labels: readonly string[]): boolean {
  return FILE_EXTENSIONS.has(labels.at(-1) ?? '')
}

/**
 * Registers a domain name, its registrable domain and its organisation label (`contoso`). Leading
 * labels that are known server names are host names, not part of the domain: they are dropped
 * first (a loop, so a hostile `aa.aa.aa…` cannot recurse).
 */
export function registerDomain(registry: PlaceholderRegistry, fqdn: string): void {
  let labels = fqdn.toLowerCase().split('.')
  const isSkipped = (candidate: readonly string[]) => {
    const name = candidate.join('.')
    // `Microsoft.InfromADUserJoin.003`, `Microsoft.OptionalFeature.GroupFiltering`: Microsoft's own names.
    return candidate.length < 2 || isFileName(candidate) || candidate[0] === 'microsoft' || PUBLIC_DOMAINS.some((domain) => name === domain || name.endsWith(`.${domain}`))
  }
  if (isSkipped(labels)) {
    return
  }
  while (labels.length >= 3 && registry.isServer(labels[0] ?? '') && !isSkipped(labels.slice(1))) {
    labels = labels.slice(1)
  }
  const name = labels.join('.')
  registry.register('DOMAIN', name)
  const isOnMicrosoft = name.endsWith('.onmicrosoft.com')
  const secondLast = labels.at(-2) ?? ''
  const suffixLength = isOnMicrosoft || (SECOND_LEVEL_SUFFIXES.has(secondLast) && (labels.at(-1)?.length ?? 0) === 2) ? 2 : 1
  const registrable = labels.slice(-(suffixLength + 1))
  if (registrable.length === suffixLength + 1) {
    registry.register('DOMAIN', registrable.join('.'))
    const organisation = registrable[0] ?? ''
    if (organisation.length >= 3 && !GENERIC_LABELS.has(organisation)) {
      registry.register('DOMAIN', organisation)
    }
  }
}

/** Registers a server name (and, for an FQDN, its host label and domain). */
export function registerServer(registry: PlaceholderRegistry, name: string): void {
  const trimmed = name.trim()
  const [host] = trimmed.split('.')
  registry.register('SERVER', host ?? trimmed)
  if (trimmed.includes('.')) {
    registerDomain(registry, trimmed)
  }
}

/** Registers what a value's key says it is (extra fields such as `tenantId`, `netbiosDomain`). */
export function registerByKey(registry: PlaceholderRegistry, key: string, value: string): void {
  const isOneWord = /^[^\s]{2,256}$/.test(value.trim())
  const kind = KEYED_KINDS.find(([pattern]) => pattern.test(key))?.[1]
  if (!isOneWord || kind === undefined || /^(true|false|null|\d+)$/i.test(value.trim())) {
    return
  }
  if (kind === 'SERVER') {
    registerServer(registry, value)
  } else if (kind === 'DOMAIN' && value.includes('.')) {
    registerDomain(registry, value)
  } else {
    registry.register(kind, value)
  }
}

/** Registers every name the patterns find in `text`. */
export function registerPatterns(registry: PlaceholderRegistry, text: string): void {
  for (const match of text.matchAll(GUID)) {
    registry.register('TENANT', match[0])
  }
  for (const match of text.matchAll(UPN)) {
    registry.register('ACCOUNT', match[0])
    registerDomain(registry, match[1] ?? '')
  }
  for (const match of text.matchAll(NETBIOS_ACCOUNT)) {
    registry.register('ACCOUNT', match[0])
    if ((match[1] ?? '').includes('.')) {
      registerDomain(registry, match[1] ?? '')
    } else {
      registry.register('DOMAIN', match[1] ?? '')
    }
    if ((match[2] ?? '').length >= 3) {
      registry.register('ACCOUNT', match[2] ?? '')
    }
  }
  for (const match of text.matchAll(OU_COMPONENT)) {
    // The whole `OU=Staff` goes, not the word `Staff` everywhere: OUs are often named with everyday words.
    registry.register('OU', match[0].trimEnd())
  }
  for (const match of text.matchAll(DOMAIN_COMPONENTS)) {
    registerDomain(registry, match[0].replace(/DC=/gi, '').replace(/,[ \t]*/g, '.'))
  }
  for (const match of text.matchAll(SERVICE_ACCOUNT)) {
    registry.register('ACCOUNT', match[0])
  }
  for (const match of text.matchAll(FQDN)) {
    // `connect.database.sqlVersion` in a collector's note is a field of the document, not a host.
    if (!isContractFieldPath(match[0])) {
      registerDomain(registry, match[0])
    }
  }
}
