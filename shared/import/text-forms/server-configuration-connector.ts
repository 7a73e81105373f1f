/**
 * One connector's XML from a `Get-ADSyncServerConfiguration -Path` export
 * (`Connectors\Connector_{GUID}.xml`): the connector's name and type, the AD DS connector account,
 * and each partition's selection and OU inclusions and exclusions. See
 * https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-import-export-config
 * and the ADSyncConfig module's Get-ADSyncServerConfiguration.
 *
 * The reader is a bounded scan for the few elements it needs, not a general XML parser: no
 * entities beyond the five predefined ones and numeric references, no DTD.
 */
import { MAX_CONTAINERS, MAX_PARTITIONS } from '~shared/types/customizations'
import type { Fact, FactListItem, TextFormResult } from './types'

const MAX_TEXT = 512

/** True when `text` is a connector's XML (its root is `ma-data`). */
export function isServerConfigurationConnector(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 4096)
  return head.startsWith('<') && /<ma-data[\s>]/.test(head)
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(value: string): string {
  return value
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/gi, (whole: string, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10)
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole
      }
      return ENTITIES[name.toLowerCase()] ?? whole
    })
    .trim()
    .slice(0, MAX_TEXT)
}

/** The inner texts of every `<tag>` in `xml` (no nesting of the same tag), at most `limit + 1`. */
function elements(xml: string, tag: string, limit: number): string[] {
  const found: string[] = []
  const open = new RegExp(`<${tag}(?:\\s[^>]{0,200})?>`, 'g')
  const close = `</${tag}>`
  for (let match = open.exec(xml); match !== null && found.length <= limit; match = open.exec(xml)) {
    const start = match.index + match[0].length
    const end = xml.indexOf(close, start)
    if (end < 0) {
      break
    }
    found.push(xml.slice(start, end))
    open.lastIndex = end + close.length
  }
  return found
}

const first = (xml: string, tag: string): string | undefined => {
  const [inner] = elements(xml, tag, 1)
  return inner === undefined ? undefined : decode(inner)
}

/** Reads the connector; a file that is not well formed enough to find `<ma-data>…</ma-data>` gives no facts. */
export function parseServerConfigurationConnector(source: string): TextFormResult {
  const notes: string[] = []
  const result = (facts: Fact[]): TextFormResult => ({ format: 'server-configuration-connector-xml', facts, notes })
  const [root] = elements(source, 'ma-data', 1)
  if (root === undefined) {
    notes.push('the XML has no closing </ma-data>: the file is cut short or is not a connector file')
    return result([])
  }
  const name = first(root, 'name')
  const category = first(root, 'category')
  if (name === undefined && category === undefined) {
    notes.push('the connector has neither a <name> nor a <category>')
    return result([])
  }
  const loginUser = first(root, 'forest-login-user')
  const loginDomain = first(root, 'forest-login-domain')
  const connector: { [key: string]: FactListItem } = { name: name ?? null, type: category ?? null }
  if (loginUser !== undefined && loginUser !== '') {
    connector.account = loginDomain === undefined || loginDomain === '' ? loginUser : `${loginDomain}\\${loginUser}`
  }
  const [partitionData] = elements(root, 'ma-partition-data', 1)
  if (partitionData !== undefined) {
    const partitions = elements(partitionData, 'partition', MAX_PARTITIONS)
    if (partitions.length > MAX_PARTITIONS) {
      notes.push(`the connector lists more than ${MAX_PARTITIONS} partitions; its partitions are left unknown`)
    } else {
      connector.partitions = partitions.map((partition) => readPartition(partition, notes))
    }
  }
  if (category === 'AD' && partitionData === undefined) {
    notes.push('the AD connector has no <ma-partition-data>; its OU filtering is left unknown')
  }
  return result([{ path: 'customizations.connectors', value: [connector] }])
}

function readPartition(partition: string, notes: string[]): { [key: string]: FactListItem } {
  const name = first(partition, 'name') ?? null
  const selected = first(partition, 'selected')
  const [containers] = elements(partition, 'containers', 1)
  const list = (outer: string, inner: string): string[] | null => {
    if (containers === undefined) {
      return null
    }
    const [block] = elements(containers, outer, 1)
    if (block === undefined) {
      return []
    }
    const values = elements(block, inner, MAX_CONTAINERS)
    if (values.length > MAX_CONTAINERS) {
      notes.push(`${name ?? 'a partition'}: more than ${MAX_CONTAINERS} ${outer}; left unknown`)
      return null
    }
    return values.map(decode).filter((value) => value !== '')
  }
  return {
    name,
    selected: selected === undefined ? null : selected === '1' || selected.toLowerCase() === 'true',
    inclusions: list('inclusions', 'inclusion'),
    exclusions: list('exclusions', 'exclusion'),
  }
}
