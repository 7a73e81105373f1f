import { describe, expect, it } from 'vitest'
import { buildFleetReport } from '~shared/report/fleet-report'
import { toContractDocument, type FleetInput } from '~shared/report/fleet-input'
import { formatCsv } from '~shared/report/format-csv'
import { formatHtml } from '~shared/report/format-html'
import { formatJson } from '~shared/report/format-json'
import { formatMarkdown } from '~shared/report/format-markdown'
import { redactFleetInput, withoutFolders } from '~shared/report/redact'
import { documentOf, fleetOf, sampleFleet, serverFromDocument, serverFromFile } from '~tests/support/report-fleet'

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'

/** Every name the sensitive fleet holds: none may survive redaction, in any letter case. */
const ORIGINALS = [
  'AADC01',
  'AADC-STAGING',
  'CONTOSO-SYNC01',
  'contoso-sync01.corp.contoso.com',
  'corp.contoso.com',
  'contoso.com',
  'CONTOSO',
  TENANT,
  'MSOL_1a2b3c4d5e6f',
  'Sync_CONTOSO-SYNC01_0a1b2c3d4e5f',
  'contoso.onmicrosoft.com',
  'ADSyncMSA3f2a1$',
  'alice.admin@contoso.com',
  'AAD_9f8e7d6c5b4a',
  'bob@fabrikam.com',
  'fabrikam',
  'svc-adsync',
  'jdoe',
]

function sensitiveFleet(): FleetInput {
  const base = documentOf('tests/fixtures/files/aadc01.json')
  const document = {
    ...base,
    server: { ...(base.server as object), name: 'CONTOSO-SYNC01', fqdn: 'contoso-sync01.corp.contoso.com', domain: 'corp.contoso.com', netbiosDomain: 'CONTOSO' },
    connect: {
      ...(base.connect as object),
      tenantId: TENANT,
      adConnectorAccount: 'CONTOSO\\MSOL_1a2b3c4d5e6f',
      aadConnectorAccount: 'Sync_CONTOSO-SYNC01_0a1b2c3d4e5f@contoso.onmicrosoft.com',
      serviceAccount: 'CONTOSO\\ADSyncMSA3f2a1$',
      installedBy: 'CONTOSO\\svc-adsync',
      adminUpn: 'alice.admin@contoso.com',
      legacyAccounts: ['AAD_9f8e7d6c5b4a'],
    },
    notes: `Call bob@fabrikam.com about aadc01 and tenant ${TENANT.toUpperCase()}.`,
  }
  const sensitive = serverFromDocument(document, 'C:\\Users\\jdoe\\Contoso\\contoso-sync01.json + C:\\Users\\jdoe\\Contoso\\CONTOSO-SYNC01 settings.txt', {
    provenance: { 'connect.version': 'C:\\Users\\jdoe\\Contoso\\CONTOSO-SYNC01 settings.txt line 4' },
    conflicts: [{ path: 'server.name', values: [{ value: 'CONTOSO-SYNC01', from: '/home/jdoe/contoso-sync01.json' }, { value: 'contoso-sync01', from: 'typed in' }] }],
    customer: 'Contoso',
    pairWith: 'AADC01',
  })
  return fleetOf(
    [serverFromFile('tests/fixtures/files/aadc01.json'), serverFromFile('tests/fixtures/scenarios/staging-server.json'), sensitive],
    [{ source: '/home/jdoe/contoso/AADC02.json', message: 'AADC02.json: the file does not exist. Check the path.' }],
  )
}

function everyFormat(input: FleetInput): Record<string, string> {
  const report = buildFleetReport(input)
  return { html: formatHtml(report), markdown: formatMarkdown(report), csv: formatCsv(report), json: formatJson(toContractDocument(input)) }
}

describe('redactFleetInput', () => {
  it.each(Object.keys(everyFormat(sensitiveFleet())))('leaves no original name anywhere in the %s output', (format) => {
    const output = (everyFormat(redactFleetInput(sensitiveFleet()))[format] ?? '').toLowerCase()
    const survivors = [...ORIGINALS, 'AADC02'].filter((original) => output.includes(original.toLowerCase()))
    expect(survivors).toEqual([])
  })

  it('found every name in the data it started from (the test is not vacuous)', () => {
    const output = Object.values(everyFormat(sensitiveFleet())).join('\n').toLowerCase()
    expect(ORIGINALS.filter((original) => !output.includes(original.toLowerCase()))).toEqual([])
  })

  it('gives the same original the same placeholder throughout, whatever its letter case', () => {
    const redacted = redactFleetInput(sensitiveFleet())
    const [aadc01, staging, sensitive] = redacted.servers
    expect([aadc01?.name, staging?.name, sensitive?.name]).toEqual(['SERVER-1', 'SERVER-2', 'SERVER-3'])
    expect(sensitive?.source).toBe('FILE-3.json + FILE-4.txt')
    expect(sensitive?.pairWith).toBe('SERVER-1')
    expect(sensitive?.customer).toBe('CUSTOMER-1')
    expect(sensitive?.conflicts?.[0]?.values.map((entry) => entry.value)).toEqual(['SERVER-3', 'SERVER-3'])
    const details = sensitive?.details as Record<string, Record<string, unknown>>
    expect(details.server).toMatchObject({ fqdn: 'SERVER-3.DOMAIN-1', domain: 'DOMAIN-1', netbiosDomain: 'CUSTOMER-1' })
    expect(details.connect).toMatchObject({ tenantId: 'TENANT-1', adConnectorAccount: expect.stringMatching(/^ACCOUNT-\d+$/) })
    expect(details.notes).toMatch(/^Call ACCOUNT-\d+ about SERVER-1 and tenant TENANT-1\.$/)
  })

  it('replaces input file names (keeping the extension and line) wherever they appear, and marks the run redacted', () => {
    const redacted = redactFleetInput(sensitiveFleet())
    expect(redacted.isRedacted).toBe(true)
    expect(redacted.servers[0]?.source).toBe('FILE-1.json')
    expect(redacted.servers[2]?.provenance).toEqual({ 'connect.version': 'FILE-4.txt line 4' })
    expect(redacted.errors).toEqual([{ source: 'FILE-5.json', message: 'FILE-5.json: the file does not exist. Check the path.' }])
  })

  it('keeps the rules, the Microsoft sources and the facts that are not names', () => {
    const html = everyFormat(redactFleetInput(sensitiveFleet())).html ?? ''
    expect(html).toContain('https://learn.microsoft.com/entra/identity/hybrid/connect/harden-update-ad-fs-pingfederate')
    expect(html).toContain('2.4.27.0 is below 2.5.79.0')
    expect(html).toContain('Microsoft Windows Server 2019 Standard')
    expect(html).toContain('Redacted: server, domain, tenant, account and customer names, input file names and assessment names are replaced by placeholders')
  })
})

describe('redactFleetInput and servers named by their FQDN', () => {
  it('replaces an assessment named after its server’s FQDN part by part, not as a file name', () => {
    const base = documentOf('tests/fixtures/files/aadc01.json')
    const fqdn = 'aadc02.corp.contoso-pharma.com'
    const server = serverFromDocument({ ...base, server: { ...(base.server as object), name: fqdn } }, fqdn)
    const [redacted] = redactFleetInput(fleetOf([server])).servers
    expect(redacted?.source).toBe('SERVER-1.DOMAIN-1')
    expect(redacted?.name).toBe('SERVER-1.DOMAIN-1')
  })
})

describe('redactFleetInput and staging pairs', () => {
  it('keeps the pairs found by the real names, though every placeholder looks alike', () => {
    const { pairs } = buildFleetReport(redactFleetInput(sampleFleet())).staging
    expect(pairs.map((pair) => [pair.primary.name, pair.staging.name, pair.status, pair.message])).toEqual([
      ['SERVER-1', 'SERVER-2', 'ok', 'SERVER-1 is active; SERVER-2 is its staging server.'],
    ])
  })
})

describe('withoutFolders', () => {
  it.each([
    ['C:\\Collect\\Contoso\\AADC01.json line 8 + other/x.txt', 'AADC01.json line 8 + x.txt'],
    ['typed in', 'typed in'],
    ['/srv/My Files/a b.json', 'a b.json'],
  ])('%s → %s', (label, expected) => {
    expect(withoutFolders(label)).toBe(expected)
  })
})

describe('redacted servers of one short name', () => {
  const base = documentOf('tests/fixtures/files/aadc01.json')
  const named = (fqdn: string | null, customer?: string, source = `${fqdn ?? customer ?? 'x'}.json`) =>
    serverFromDocument({ ...base, server: { ...(base.server as object), name: 'AADC01', ...(fqdn === null ? {} : { fqdn }) } }, source, customer === undefined ? {} : { customer })

  it('gives each of eight servers named AADC01 its own placeholder, and runs of one server one', () => {
    const servers = [
      named('aadc01.contoso.com'),
      named('aadc01.fabrikam.com'),
      named('aadc01.northwind.com'),
      named('aadc01.tailspin.com'),
      named('aadc01.wingtip.com'),
      named(null, 'Adatum'),
      named(null, 'Litware'),
      named(null, 'Proseware'),
      named('AADC01.Contoso.com', undefined, 'contoso later.json'),
    ]
    const redacted = redactFleetInput(fleetOf(servers, []))
    const names = redacted.servers.map((server) => server.name)
    expect(new Set(names.slice(0, 8)).size).toBe(8)
    expect(names.slice(0, 8).every((name) => /^SERVER-\d+$/.test(name ?? ''))).toBe(true)
    expect(names[8]).toBe(names[0])
    // The server's own text follows its placeholder.
    expect(redacted.servers[1]?.details.server?.name).toBe(names[1])
    const markdown = formatMarkdown(buildFleetReport(redacted))
    for (const name of names.slice(0, 8)) {
      expect(markdown).toContain(name ?? '')
    }
    expect(markdown.toLowerCase()).not.toContain('aadc01')
  })
})
