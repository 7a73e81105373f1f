/**
 * The eight TLS 1.2 registry values: how a server stands against the required ones, and the
 * PowerShell that sets them. Shared by `prereq/tls12` and `autoupgrade/eligibility`.
 */
import type { InstallDetails } from '../types/install-details'
import { readFieldPath } from './field-path'
import type { TlsValueSpec } from './pack/thresholds'

/** The contract's eight TLS 1.2 fields, in its order: what `prereq/tls12` reads (the required values are the pack's). */
export const TLS12_FIELD_PATHS: readonly string[] = [
  'tls12.netFx64.SystemDefaultTlsVersions',
  'tls12.netFx64.SchUseStrongCrypto',
  'tls12.netFx32.SystemDefaultTlsVersions',
  'tls12.netFx32.SchUseStrongCrypto',
  'tls12.schannelServer.Enabled',
  'tls12.schannelServer.DisabledByDefault',
  'tls12.schannelClient.Enabled',
  'tls12.schannelClient.DisabledByDefault',
]

/**
 * `unknown` (no `tls12` at all, or some values missing and the rest right), `wrong` (a value present
 * but absent in the registry (`null`) or not the required number), `pass` (all eight right).
 */
export interface Tls12Reading {
  readonly state: 'pass' | 'wrong' | 'unknown'
  /** Field paths of values that are `null` or wrong. */
  readonly wrong: readonly string[]
  /** Field paths of values not reported at all. */
  readonly missing: readonly string[]
}

function valueAt(details: InstallDetails, spec: TlsValueSpec): unknown {
  const keyPath = spec.path.slice(0, spec.path.lastIndexOf('.'))
  // A key reported as `null` is absent from the registry, so its values are absent (wrong), not unknown.
  return readFieldPath(details, keyPath) === null ? null : readFieldPath(details, spec.path)
}

/** Readings per document and spec list: `prereq/tls12` and `autoupgrade/eligibility` both ask for one server. */
const READINGS = new WeakMap<InstallDetails, WeakMap<readonly TlsValueSpec[], Tls12Reading>>()

/**
 * Reads the eight values. A value reported as `null` (absent) or with another number is wrong; a
 * value not reported is unknown. Any wrong value decides (`wrong`); otherwise a missing one leaves
 * the answer `unknown` rather than a guess.
 */
export function readTls12(details: InstallDetails, specs: readonly TlsValueSpec[]): Tls12Reading {
  let bySpecs = READINGS.get(details)
  if (bySpecs === undefined) {
    bySpecs = new WeakMap()
    READINGS.set(details, bySpecs)
  }
  const known = bySpecs.get(specs)
  if (known !== undefined) {
    return known
  }
  const reading = readValues(details, specs)
  bySpecs.set(specs, reading)
  return reading
}

function readValues(details: InstallDetails, specs: readonly TlsValueSpec[]): Tls12Reading {
  if (details.tls12 === undefined || details.tls12 === null) {
    return { state: 'unknown', wrong: [], missing: specs.map((spec) => spec.path) }
  }
  const wrong: string[] = []
  const missing: string[] = []
  for (const spec of specs) {
    const value = valueAt(details, spec)
    if (value === undefined) {
      missing.push(spec.path)
    } else if (value !== spec.required) {
      wrong.push(spec.path)
    }
  }
  const state = wrong.length > 0 ? 'wrong' : missing.length > 0 ? 'unknown' : 'pass'
  return { state, wrong, missing }
}

/** PowerShell that writes the given values (run elevated; restart the server afterwards). */
export function tls12Script(specs: readonly TlsValueSpec[]): string {
  const keys = [...new Set(specs.map((spec) => spec.registryKey))]
  // Guarded like the TLS enforcement article's script: New-Item -Force would recreate an existing key.
  const createKeys = keys.map((key) => `if (-not (Test-Path '${key}')) { New-Item -Path '${key}' -Force | Out-Null }`)
  const setValues = specs.map(
    (spec) =>
      `New-ItemProperty -Path '${spec.registryKey}' -Name '${spec.valueName}' -Value ${spec.required} -PropertyType DWord -Force | Out-Null`,
  )
  return [...createKeys, ...setValues].join('\n')
}
