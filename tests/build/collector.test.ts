import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { Language, Parser, type Node } from 'web-tree-sitter'
import { beforeAll, describe, expect, it } from 'vitest'
import { decodeText } from '~shared/import/decode-text'
import { importInput } from '~shared/intake/import-input'

const root = new URL('../../', import.meta.url)
const SCRIPT = new URL('build/collector/Collect-EntraConnectDetails.ps1', root)
const RECORDED = new URL('tests/fixtures/collector/', root)
const require = createRequire(import.meta.url)

/** Commands the collector may call: reads, formatting and its own helpers. Nothing that writes or talks to a network. */
const ALLOWED_COMMANDS = new Set([
  'Set-StrictMode', // affects only this script's session
  'New-Object',
  'Get-CimInstance', // only inside Read-CimInstance
  'Get-Item', // inside Read-FileProductVersion and Read-FileTimes: a file's version and times
  'Get-Content', // only inside Read-TextFile: miiserver.exe.config and the exported settings JSON
  'Get-ChildItem', // only inside Read-DirectoryFiles: the Applied-SynchronizationPolicy-*.json files
  'ConvertFrom-Json', // the exported settings JSON, read in memory
  'Get-Command',
  'Test-Path',
  'Import-Module',
  'Where-Object',
  'ForEach-Object',
  'ConvertTo-Json',
  'Out-String',
  'Write-Output',
  'Get-ADSyncGlobalSettings',
  'Get-ADSyncScheduler',
  'Get-ADSyncAutoUpgrade',
  'Get-ADSyncDatabaseConfiguration',
  'Get-ADSyncEntraConnectorCredential',
  'Get-ADSyncRule',
  'Get-ADSyncConnector',
  'Get-Module', // only -ListAvailable: whether the ActiveDirectory module is installed
  'Get-ADUser', // only inside Read-AccountTokenGroups: the connector account's tokenGroups
  'Read-RegistryValue', // the read functions the tests replace
  'Read-RegistrySubKeyNames',
  'Read-CimInstance',
  'Read-FileProductVersion',
  'Read-TextFile', // the three file reads the tests replace too
  'Read-FileTimes',
  'Read-DirectoryFiles',
  'ConvertTo-BooleanSetting', // the customization reads
  'Get-GlobalSettingsFacts',
  'Get-ContainerList',
  'Get-ConnectivityParameter',
  'Get-ConnectorFacts',
  'Get-SyncRuleFacts',
  'Test-StandardSyncRule', // customSyncRuleCount: a rule's kind, as the app sorts it
  'Format-UtcTime',
  'Get-ExportedSettingsFacts',
  'Get-MiiserverConfigFacts',
  'Get-ServiceAccountFacts',
  'Test-ActiveDirectoryModule',
  'Read-AccountTokenGroups',
  'Get-AccountAdminGroups',
  'Get-ServerFqdn', // what tells this server apart: Win32_ComputerSystem's properties, the connectors' names
  'Get-TenantFromConnectors',
  'Add-Note',
  'Invoke-Guarded',
  'Get-RegistryValue',
  'Get-PropertyValue',
  'Get-ReportedProperty',
  'Test-CommandAvailable',
  'ConvertTo-FourPartVersion',
])

/** .NET static calls allowed; WriteAllText is the one write, to -OutFile. */
const ALLOWED_STATIC_CALLS = new Set([
  '[Microsoft.Win32.RegistryKey]::OpenBaseKey', // HKLM opened read-only (OpenSubKey without writable), in the 64-bit view
  '[DateTime]::UtcNow', // collectedAt
  '[System.Globalization.CultureInfo]::InvariantCulture', // collectedAt, whatever the server's regional settings
  '[math]::Round',
  '[string]::IsNullOrWhiteSpace',
  '[string]::IsNullOrEmpty',
  '[regex]::Match',
  '[System.IO.File]::WriteAllText',
])

let script = ''
let tree: { rootNode: Node }

function nodesOfType(node: Node, type: string, found: Node[] = []): Node[] {
  if (node.type === type) {
    found.push(node)
  }
  for (const child of node.children) {
    if (child !== null) {
      nodesOfType(child, type, found)
    }
  }
  return found
}

beforeAll(async () => {
  script = await readFile(SCRIPT, 'utf8')
  await Parser.init()
  const language = await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'))
  const parser = new Parser()
  parser.setLanguage(language)
  const parsed = parser.parse(script)
  if (parsed === null) {
    throw new Error('tree-sitter returned no tree')
  }
  tree = parsed
})

describe('the PowerShell collector', () => {
  it('parses with the PowerShell grammar, without an error node', () => {
    const errors = [...nodesOfType(tree.rootNode, 'ERROR')].map((node) => `line ${node.startPosition.row + 1}: ${node.text.slice(0, 60)}`)
    expect(errors).toEqual([])
    expect(tree.rootNode.hasError).toBe(false)
  })

  it('calls only read-only commands', () => {
    const commands = new Set(nodesOfType(tree.rootNode, 'command_name').map((node) => node.text))
    expect(commands.size).toBeGreaterThan(10)
    expect([...commands].filter((name) => !ALLOWED_COMMANDS.has(name))).toEqual([])
  })

  it('makes no .NET call beyond reading and its one output write', () => {
    const staticCalls = [...script.matchAll(/(\[[\w.]+\])::(\w+)/g)].map((match) => `${match[1]}::${match[2]}`)
    expect(staticCalls.filter((call) => !ALLOWED_STATIC_CALLS.has(call))).toEqual([])
    expect(staticCalls.filter((call) => call === '[System.IO.File]::WriteAllText')).toHaveLength(1)
    expect(script).toMatch(/\[System\.IO\.File\]::WriteAllText\(\$OutFile,/)
  })

  it('names no network API, module install or process start', () => {
    expect(script).not.toMatch(/Net\.WebClient|System\.Net\.|HttpClient|Invoke-WebRequest|Invoke-RestMethod|Install-Module|Start-Process|Start-ADSyncSyncCycle|Set-ADSync|Get-ADSyncAADCompanyFeature/i)
  })

  it('reads the registry only in its 64-bit view, read-only, whatever the bitness of the PowerShell running it', () => {
    // The HKLM: drive and Get-ItemProperty follow the process: a 32-bit PowerShell is redirected to WOW6432Node.
    expect(script).not.toMatch(/HKLM:|Get-ItemProperty|Registry::/i)
    const opens = [...script.matchAll(/\[Microsoft\.Win32\.RegistryKey\]::OpenBaseKey\(([^)]*)\)/g)].map((match) => match[1])
    expect(opens.length).toBeGreaterThan(0)
    expect(opens.every((args) => args === "'LocalMachine', 'Registry64'")).toBe(true)
    const subKeyOpens = [...script.matchAll(/\.OpenSubKey\(([^)]*)\)/g)].map((match) => match[1])
    expect(subKeyOpens.length).toBeGreaterThan(0)
    expect(subKeyOpens.every((args) => args === '$Path')).toBe(true)
  })

  it('writes UTF-8 without a BOM', () => {
    expect(script).toMatch(/New-Object System\.Text\.UTF8Encoding -ArgumentList \$false/)
  })

  it('accounts for every contract field: collected, or noted as not readable', () => {
    const contractLeaves = [
      'server.name', 'server.domainJoined', 'server.isDomainController', 'server.memoryGb', 'server.freeDiskGb',
      'caption', 'build', 'installationType',
      'connect.version', 'serverConfigurationVersion', 'connect.cloud', 'connect.installType', 'stagingModeEnabled',
      'syncCycleEnabled', 'autoUpgrade.state', 'suspensionReason', 'databaseInfo.kind', 'localDbSizeMb', 'sqlVersion',
      'connect.metaverseObjectCount', 'connectorIdentityType', 'signInMethod', 'connect.healthUploadEnabled',
      'customSyncRuleCount', 'passwordWriteback', 'groupWriteback', 'deviceWriteback', 'exchangeHybrid',
      'directoryExtensions', 'attributeValueFiltering', 'hybridJoin', 'entraDomainServices', 'crossForestReferences',
      'mergeAttributesAcrossDomains', 'forestCount', 'largestDomainObjectCount', 'largestGroupMemberCount',
      'dotnet.release', 'powershell.version', 'powershell.edition', 'SystemDefaultTlsVersions', 'SchUseStrongCrypto',
      'Enabled', 'DisabledByDefault',
    ]
    expect(contractLeaves.filter((leaf) => !script.includes(leaf.split('.').at(-1) ?? leaf))).toEqual([])
  })
})

describe('recorded collector outputs', () => {
  it('import as install-details documents, in UTF-8 and as Windows PowerShell 5.1 redirects them (UTF-16LE)', async () => {
    const names = (await readdir(RECORDED)).filter((name) => name.endsWith('.json'))
    expect(names.length).toBeGreaterThanOrEqual(2)
    for (const name of names) {
      const bytes = await readFile(new URL(name, RECORDED))
      const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(bytes.toString('utf8'), 'utf16le')])
      for (const variant of [bytes, utf16]) {
        const decoded = decodeText(variant)
        expect(decoded.ok, name).toBe(true)
        const result = importInput({ name, text: decoded.ok ? decoded.text : '' })
        expect(result.ok ? 'ok' : result.message).toBe('ok')
      }
    }
  })

  it('count the custom sync rules from the rule list they carry (every rule without a Microsoft. tag)', async () => {
    const names = (await readdir(RECORDED)).filter((name) => name.endsWith('.json'))
    const checked: string[] = []
    for (const name of names) {
      const document = JSON.parse(await readFile(new URL(name, RECORDED), 'utf8')) as {
        connect?: { customSyncRuleCount?: number }
        customizations?: { syncRules?: readonly { immutableTag?: string | null }[] }
      }
      const rules = document.customizations?.syncRules
      if (rules === undefined) {
        continue
      }
      checked.push(name)
      const custom = rules.filter((rule) => !(rule.immutableTag ?? '').startsWith('Microsoft.')).length
      expect(document.connect?.customSyncRuleCount, name).toBe(custom)
    }
    expect(checked).toContain('customized-collector-output.json')
  })
})
