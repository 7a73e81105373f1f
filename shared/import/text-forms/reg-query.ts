/**
 * `reg query` output for the .NET `Release` value and the eight TLS 1.2 values (docs/interface.md §2;
 * the keys as https://learn.microsoft.com/entra/identity/hybrid/connect/reference-connect-tls-enforcement names them).
 *
 * A key line (`HKEY_LOCAL_MACHINE\…`) is followed by indented `Name    REG_DWORD    0x1` lines.
 */
import { splitLines } from './name-value-lines'
import type { Fact, TextFormResult } from './types'

const NETFX_64 = 'hkey_local_machine\\software\\microsoft\\.netframework\\v4.0.30319'
const NETFX_32 = 'hkey_local_machine\\software\\wow6432node\\microsoft\\.netframework\\v4.0.30319'
const SCHANNEL = 'hkey_local_machine\\system\\currentcontrolset\\control\\securityproviders\\schannel\\protocols\\tls 1.2\\'

/** Key (lower case, HKLM spelled out) → the document object its values fill. */
const KEYS: Readonly<Record<string, string>> = {
  'hkey_local_machine\\software\\microsoft\\net framework setup\\ndp\\v4\\full': 'dotnet',
  [NETFX_64]: 'tls12.netFx64',
  [NETFX_32]: 'tls12.netFx32',
  [`${SCHANNEL}server`]: 'tls12.schannelServer',
  [`${SCHANNEL}client`]: 'tls12.schannelClient',
}

/** Value names each key contributes (case as in the contract). */
const VALUES: Readonly<Record<string, readonly string[]>> = {
  dotnet: ['Release'],
  'tls12.netFx64': ['SystemDefaultTlsVersions', 'SchUseStrongCrypto'],
  'tls12.netFx32': ['SystemDefaultTlsVersions', 'SchUseStrongCrypto'],
  'tls12.schannelServer': ['Enabled', 'DisabledByDefault'],
  'tls12.schannelClient': ['Enabled', 'DisabledByDefault'],
}

const VALUE_LINE = /^\s+(\S(?:.*\S)?)\s+(REG_\w+)\s+(\S+)\s*$/

function normalizeKey(line: string): string {
  return line.trim().toLowerCase().replace(/^hklm\\/, 'hkey_local_machine\\').replace(/\\+$/, '')
}

function parseDword(text: string): number | undefined {
  const value = /^0x[0-9a-f]{1,8}$/i.test(text) ? Number.parseInt(text, 16) : /^\d{1,10}$/.test(text) ? Number(text) : NaN
  return Number.isInteger(value) && value >= 0 && value <= 0xffffffff ? value : undefined
}

function valuePath(objectPath: string, name: string): string {
  return objectPath === 'dotnet' ? 'dotnet.release' : `${objectPath}.${name}`
}

/**
 * Reads the values. A listed key without one of its values means that value is absent (null), as
 * the contract's TLS object says; a key that was not queried stays unknown.
 */
export function parseRegQuery(text: string): TextFormResult {
  const facts: Fact[] = []
  const notes: string[] = []
  let current: { path: string; seen: Set<string>; line: number } | undefined
  const closeKey = () => {
    if (current === undefined || current.path === 'dotnet') {
      return
    }
    for (const name of VALUES[current.path] ?? []) {
      if (!current.seen.has(name.toLowerCase())) {
        facts.push({ path: valuePath(current.path, name), value: null, line: current.line })
      }
    }
  }
  splitLines(text).forEach((line, index) => {
    if (/^\s*HK(EY_LOCAL_MACHINE|LM)\\/i.test(line)) {
      closeKey()
      const path = KEYS[normalizeKey(line)]
      current = path === undefined ? undefined : { path, seen: new Set(), line: index + 1 }
      return
    }
    const match = VALUE_LINE.exec(line)
    if (current === undefined || match === null) {
      return
    }
    const name = VALUES[current.path]?.find((candidate) => candidate.toLowerCase() === (match[1] ?? '').toLowerCase())
    if (name === undefined) {
      return
    }
    const value = match[2] === 'REG_DWORD' ? parseDword(match[3] ?? '') : undefined
    if (value === undefined) {
      notes.push(`line ${index + 1}: ${name} is ${match[2]} ${match[3]}, not a DWORD; left unknown`)
      current.seen.add(name.toLowerCase())
      return
    }
    current.seen.add(name.toLowerCase())
    facts.push({ path: valuePath(current.path, name), value, line: index + 1 })
  })
  closeKey()
  return { format: 'reg-query', facts, notes }
}
