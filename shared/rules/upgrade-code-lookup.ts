/**
 * Decoding auto-upgrade result codes and suspension reasons against the pack's code table.
 */
import type { RulePack } from './pack/types'
import type { UpgradeCode } from './pack/upgrade-codes'
import type { RemediationStep } from './types'

/** One decoded part of a suspension reason: the code, and the detail after a dash if compound. */
export interface DecodedReason {
  readonly code: UpgradeCode
  /** `GetPasswordHashSyncStateFailed` in `UpgradeFailedRollbackSuccess-GetPasswordHashSyncStateFailed`. */
  readonly detail: string | null
}

/** The code with this exact name (case-insensitive), or `undefined`. */
export function findUpgradeCode(pack: RulePack, name: string): UpgradeCode | undefined {
  return codesByName(pack.upgradeCodes).get(name.trim().toLowerCase())
}

const CODE_TABLES = new WeakMap<RulePack['upgradeCodes'], ReadonlyMap<string, UpgradeCode>>()

/** Lower-cased code → the first entry with it, built once per code table (the pack is immutable data). */
function codesByName(codes: RulePack['upgradeCodes']): ReadonlyMap<string, UpgradeCode> {
  const cached = CODE_TABLES.get(codes)
  if (cached !== undefined) {
    return cached
  }
  const table = new Map<string, UpgradeCode>()
  for (const entry of codes) {
    const key = entry.code.toLowerCase()
    if (!table.has(key)) {
      table.set(key, entry)
    }
  }
  CODE_TABLES.set(codes, table)
  return table
}

/**
 * Decodes one token: an exact code, or a compound `<code>-<detail>` decoded by its prefix.
 * `undefined` when no known code matches.
 */
export function decodeToken(pack: RulePack, token: string): DecodedReason | undefined {
  const exact = findUpgradeCode(pack, token)
  if (exact !== undefined) {
    return { code: exact, detail: null }
  }
  const dash = token.indexOf('-')
  if (dash <= 0) {
    return undefined
  }
  const prefix = findUpgradeCode(pack, token.slice(0, dash))
  const detail = token.slice(dash + 1).trim()
  return prefix === undefined || detail === '' ? undefined : { code: prefix, detail }
}

/**
 * Decodes a whole suspension reason: one token, or several separated by commas, semicolons or
 * white space. `undefined` when any token is not a known code (the raw text is then shown as is).
 */
export function decodeReason(pack: RulePack, text: string): readonly DecodedReason[] | undefined {
  const tokens = text.split(/[\s,;]+/).filter((token) => token !== '')
  const decoded = tokens.map((token) => decodeToken(pack, token))
  if (decoded.length === 0 || decoded.some((entry) => entry === undefined)) {
    return undefined
  }
  return decoded as readonly DecodedReason[]
}

/** The remediation step for a code: its fix, with the exact PowerShell where there is one. */
export function codeRemediation(code: UpgradeCode): RemediationStep {
  const text = `${code.code}: ${code.fix}`
  return code.powershell === undefined ? { text } : { text, powershell: code.powershell }
}
