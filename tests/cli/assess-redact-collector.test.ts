/**
 * `--redact` over the collector's own recorded outputs: every one is written in every format (the
 * document's field names, such as `connect`, `database` and `features`, are not names), with the
 * exit status of its verdict, and none of its server, domain, tenant, account or OU names left.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { foldName } from '~shared/report/redaction-text'
import { runCliForTest as run } from '../support/run-cli'

const FOLDER = fileURLToPath(new URL('../fixtures/collector/', import.meta.url))
const FIXTURES = readdirSync(FOLDER).filter((file) => file.endsWith('.json'))
const FORMATS = ['json', 'jsonl', 'sarif', 'text', 'html', 'markdown', 'csv'] as const

interface Collected {
  readonly server?: { readonly name?: string; readonly fqdn?: string }
  readonly connect?: { readonly tenant?: string }
  readonly customizations?: {
    readonly connectors?: ReadonlyArray<{ readonly name?: string; readonly account?: string; readonly partitions?: ReadonlyArray<{ readonly name?: string; readonly inclusions?: readonly string[]; readonly exclusions?: readonly string[] }> }>
  }
}

/** The names in a collector's output that identify the customer: the server, its domains, tenant, accounts and OUs. */
function identifyingNames(document: Collected): string[] {
  const connectors = document.customizations?.connectors ?? []
  const distinguishedNames = connectors.flatMap((connector) => (connector.partitions ?? []).flatMap((partition) => [partition.name ?? '', ...(partition.inclusions ?? []), ...(partition.exclusions ?? [])]))
  const domains = connectors.map((connector) => (connector.name ?? '').replace(/ - AAD$/, '')).filter((name) => name.includes('.'))
  return [
    document.server?.name ?? '',
    document.server?.fqdn ?? '',
    document.connect?.tenant ?? '',
    ...domains,
    ...domains.map((domain) => domain.split('.')[0] ?? ''),
    ...connectors.map((connector) => connector.account ?? ''),
    ...distinguishedNames,
    ...distinguishedNames.flatMap((name) => name.match(/OU=[^,]+/g) ?? []),
  ].filter((name) => name.length > 0)
}

/** True when the folded output holds the folded name as a whole token. */
function shows(output: string, name: string): boolean {
  const token = foldName(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\p{L}\\p{N}_])${token}(?![\\p{L}\\p{N}_])`, 'u').test(foldName(output))
}

describe.each(FIXTURES)('--redact over the collector’s %s', (fixture) => {
  const file = `${FOLDER}${fixture}`
  const names = identifyingNames(JSON.parse(readFileSync(file, 'utf8')) as Collected)

  it.each(FORMATS)('writes --format %s with the verdict’s exit status and none of its names', async (format) => {
    const plain = await run('assess', file, '--format', format, '--as-of', '2026-11-26')
    const redacted = await run('assess', file, '--format', format, '--redact', '--as-of', '2026-11-26')
    expect(redacted.stderr).toBe('')
    expect(redacted.code).toBe(plain.code)
    expect(redacted.stdout).toMatch(/SERVER-1/)
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) {
      expect(shows(redacted.stdout, name), `${name} in ${format}`).toBe(false)
    }
  })
})
