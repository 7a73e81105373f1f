<#
    One fixture for the collector's tests: a description of one sync server, and the function that
    runs the real collector against it.

    New-CollectorFixture returns a healthy 2.6.x server as nested hashtables; a case changes only
    what it is about, then calls Invoke-Collector. What the collector reads comes from:
      Registry  'SOFTWARE\...' key (under HKLM) -> @{ value name -> value }. A REG_DWORD is given
                as the Int32 .NET returns for it ([int32]-1 for 0xFFFFFFFF). An exception object in
                place of a key or a value is thrown when it is read (access denied).
      Cim       class name -> @{ property -> value }, or an exception to throw.
      Files     full path -> @{ ProductVersion = ...; Text = ...; CreationTimeUtc = ...; LastWriteTimeUtc = ... }
                (each optional), or an exception to throw. A folder's listing is the Files under it.
      AdSync    the fake ADSync module's state (fake-modules/ADSync/ADSync.psm1): Commands (what this
                build exports), one entry per cmdlet's output, Throws (cmdlet -> message). $null
                means the module is not installed.
      Environment, Culture, ComputerName: the session the collector runs in.
    A new read is a new key here and a new case in the mocks below (or a new cmdlet in the fake
    module), not a new copy of this file. For example:
      - more sync rules or connectors: add entries (with the properties the real objects carry)
        to AdSync.Rules / AdSync.Connectors;
      - another global setting: add @{ Name = ...; Value = ... } to AdSync.GlobalSettings.Parameters;
      - a text file such as miiserver.exe.config: put its Text (and times) in Files; the collector
        reads it through Read-TextFile / Read-FileTimes / Read-DirectoryFiles, mocked below.
    New-CustomizedFixture (below) is the same server with OU filtering, custom rules, a cloned join
    rule, a FIPS miiserver.exe.config and an exported settings file.
#>

$script:RepoRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../../..')).Path
$script:CollectorScript = Join-Path $script:RepoRoot 'build/collector/Collect-EntraConnectDetails.ps1'
$script:FakeModules = Join-Path $PSScriptRoot 'fake-modules'
$script:AsOf = '2026-12-07'

# The collector's read functions, defined here so Pester can mock them (the collector defines its
# own; a mock takes precedence over both).
function Read-RegistryValue { param([string]$Path, [string]$Name) throw "Read-RegistryValue was not mocked ($Path)" }
function Read-RegistrySubKeyNames { param([string]$Path) throw "Read-RegistrySubKeyNames was not mocked ($Path)" }
function Read-CimInstance { param([string]$ClassName, [string]$Filter) throw "Read-CimInstance was not mocked ($ClassName)" }
function Read-FileProductVersion { param([string]$Path) throw "Read-FileProductVersion was not mocked ($Path)" }
function Read-TextFile { param([string]$Path) throw "Read-TextFile was not mocked ($Path)" }
function Read-FileTimes { param([string]$Path) throw "Read-FileTimes was not mocked ($Path)" }
function Read-DirectoryFiles { param([string]$Path, [string]$Filter) throw "Read-DirectoryFiles was not mocked ($Path)" }
function Test-ActiveDirectoryModule { throw "Test-ActiveDirectoryModule was not mocked" }

function New-AccessDenied {
    # The exception .NET throws for a registry key or WMI class this account may not read.
    param([string]$What)
    return [System.UnauthorizedAccessException]::new("Access to $What is denied.")
}

$script:AdConnectorId = 'a1b2c3d4-0000-4000-8000-00000000ad01'
$script:AadConnectorId = 'b891884f-051e-4a83-95af-2544101c9083'

# miiserver.exe.config as the installer writes it (trimmed to what the collector reads).
$script:DefaultMiiserverConfig = @'
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <runtime>
    <assemblyBinding xmlns="urn:schemas-microsoft-com:asm.v1">
      <dependentAssembly>
        <assemblyIdentity name="System.Diagnostics.DiagnosticSource" publicKeyToken="cc7b13ffcd2ddd51" culture="neutral" />
        <bindingRedirect oldVersion="0.0.0.0-8.0.0.0" newVersion="8.0.0.0" />
      </dependentAssembly>
    </assemblyBinding>
  </runtime>
</configuration>
'@

function New-FakeRule {
    # One Get-ADSyncRule object; -WithoutStandardFlag leaves out the undocumented IsStandardRule.
    param([string]$Name, [string]$Tag = '', [string]$Direction = 'Inbound', [int]$Precedence, [string]$Connector, [string]$Identifier = ([guid]::NewGuid().ToString()), [switch]$Disabled, [switch]$WithoutStandardFlag)
    $rule = [ordered]@{
        Identifier = $Identifier; Name = $Name; ImmutableTag = $Tag; Direction = $Direction; Precedence = $Precedence
        Connector = $Connector; Disabled = [bool]$Disabled
    }
    if (-not $WithoutStandardFlag) {
        $rule.IsStandardRule = $Tag.StartsWith('Microsoft.')
    }
    return $rule
}

function New-ExportedSettingsText {
    # An Applied-SynchronizationPolicy-*.json with one AD connector and the given custom rules.
    param([hashtable[]]$CustomRules = @())
    return (@{
            onpremisesDirectoryPolicy = @(@{
                    uniqueIdentifier = $script:AdConnectorId; friendlyName = 'contoso.com'; fullyQualifiedDomainName = 'contoso.com'
                    customSynchronizationRules = @($CustomRules); standardSynchronizationRules = @()
                })
            azureDirectoryPolicy      = @{}
        } | ConvertTo-Json -Depth 6)
}

function New-CollectorFixture {
    $tls = @{ Enabled = 1; DisabledByDefault = 0 }
    $netFx = @{ SystemDefaultTlsVersions = 1; SchUseStrongCrypto = 1 }
    $schannel = 'SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2'
    return @{
        ComputerName = 'AADC01'
        Culture      = 'en-US'
        Environment  = @{ ProgramFiles = 'C:\Program Files'; ProgramW6432 = 'C:\Program Files'; ProgramData = 'C:\ProgramData' }
        Registry     = @{
            'SOFTWARE\Microsoft\Windows NT\CurrentVersion'                = @{ InstallationType = 'Server'; CurrentBuild = '20348' }
            'SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full'          = @{ Release = 533320; Version = '4.8.09032' }
            'SOFTWARE\Microsoft\.NETFramework\v4.0.30319'                 = $netFx.Clone()
            'SOFTWARE\WOW6432Node\Microsoft\.NETFramework\v4.0.30319'     = $netFx.Clone()
            ($schannel + '\Server')                                       = $tls.Clone()
            ($schannel + '\Client')                                       = $tls.Clone()
            'SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall'         = @{}
            'SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall' = @{}
        }
        Cim          = @{
            Win32_ComputerSystem  = @{ Name = 'AADC01'; DNSHostName = 'AADC01'; Domain = 'contoso.com'; PartOfDomain = $true; DomainRole = 3; TotalPhysicalMemory = 17070817280 }
            Win32_OperatingSystem = @{ Caption = 'Microsoft Windows Server 2022 Standard'; BuildNumber = '20348'; Version = '10.0.20348'; SystemDrive = 'C:' }
            Win32_LogicalDisk     = @{ DeviceID = 'C:'; FreeSpace = 129281212416; Size = 214748364800 }
            Win32_Service         = @{ Name = 'ADSync'; StartName = 'NT SERVICE\ADSync'; State = 'Running' }
        }
        Files        = @{
            'C:\Program Files\Microsoft Azure Active Directory Connect\AzureADConnect.exe' = @{ ProductVersion = '2.6.92.0' }
            'C:\Program Files\Microsoft Azure AD Sync\Bin\miiserver.exe.config'         = @{
                Text             = $script:DefaultMiiserverConfig
                CreationTimeUtc  = [datetime]::new(2026, 9, 20, 8, 15, 0, [DateTimeKind]::Utc)
                LastWriteTimeUtc = [datetime]::new(2026, 9, 20, 8, 15, 0, [DateTimeKind]::Utc)
            }
            'C:\ProgramData\AADConnect\Applied-SynchronizationPolicy-2026-09-20-081900.json' = @{
                Text             = (New-ExportedSettingsText -CustomRules @(@{ name = 'In from AD - User Custom Filter'; uniqueIdentifier = 'c0ffee00-0000-4000-8000-000000000050' }))
                LastWriteTimeUtc = [datetime]::new(2026, 9, 20, 8, 19, 0, [DateTimeKind]::Utc)
            }
        }
        AdSync       = @{
            Commands                 = @(
                'Get-ADSyncGlobalSettings', 'Get-ADSyncScheduler', 'Get-ADSyncAutoUpgrade', 'Get-ADSyncDatabaseConfiguration',
                'Get-ADSyncEntraConnectorCredential', 'Get-ADSyncRule', 'Get-ADSyncConnector'
            )
            GlobalSettings           = @{
                Version          = 1
                SqlSchemaVersion = 632
                InstanceId       = '7c4d1e5a-2b8f-4f3e-9a61-0d2c5b7e8f90'
                Parameters       = @(
                    @{ Name = 'Microsoft.Synchronize.ServerConfigurationVersion'; Value = '2.6.92.0' }
                    @{ Name = 'Microsoft.UserSignIn.SignOnMethod'; Value = 'PasswordHashSync' }
                    @{ Name = 'Microsoft.OptionalFeature.GroupWriteBack'; Value = 'False' }
                    @{ Name = 'Microsoft.OptionalFeature.DeviceWriteBack'; Value = 'False' }
                    @{ Name = 'Microsoft.OptionalFeature.DirectoryExtension'; Value = 'False' }
                    @{ Name = 'Microsoft.OptionalFeature.HybridExchange'; Value = 'True' }
                    @{ Name = 'Microsoft.OptionalFeature.GroupFiltering'; Value = 'False' }
                    @{ Name = 'Microsoft.SynchronizationOption.UPNAttribute'; Value = 'userPrincipalName' }
                    @{ Name = 'Microsoft.OptionalFeature.ExportDeletionThreshold'; Value = 'True' }
                    @{ Name = 'Microsoft.OptionalFeature.ExportDeletionThresholdValue'; Value = '500' }
                )
            }
            Scheduler                = @{
                AllowedSyncCycleInterval            = '00:30:00'
                CurrentlyEffectiveSyncCycleInterval = '00:30:00'
                CustomizedSyncCycleInterval         = $null
                NextSyncCyclePolicyType             = 'Delta'
                NextSyncCycleStartTimeInUTC         = '2026-12-07T10:30:00Z'
                PurgeRunHistoryInterval             = '7.00:00:00'
                SyncCycleEnabled                    = $true
                MaintenanceEnabled                  = $true
                StagingModeEnabled                  = $false
                SchedulerSuspended                  = $false
                SyncCycleInProgress                 = $false
            }
            AutoUpgrade              = 'Enabled'
            AutoUpgradeDetail        = @{ AutoUpgradeState = 'Enabled'; SuspensionReason = $null }
            DatabaseConfiguration    = @{
                IsLocalDBInstalled = $true; LocalDBUsedSpaceInMb = 1250
                SqlServerName = '(localdb)'; SqlServerInstanceName = '.\ADSync2019'; SqlServerDBName = 'ADSync'
            }
            EntraConnectorCredential = @{ ConnectorIdentityType = 'Application' }
            Rules                    = @(
                (New-FakeRule -Name 'In from AD - User Join' -Tag 'Microsoft.InfromADUserJoin.003' -Direction Inbound -Precedence 100 -Connector $script:AdConnectorId)
                (New-FakeRule -Name 'Out to AAD - User Join' -Tag 'Microsoft.OuttoAADUserJoin.003' -Direction Outbound -Precedence 110 -Connector $script:AadConnectorId)
                (New-FakeRule -Name 'In from AD - User Custom Filter' -Direction Inbound -Precedence 50 -Connector $script:AdConnectorId -Identifier 'c0ffee00-0000-4000-8000-000000000050')
            )
            Connectors               = @(
                @{
                    Name = 'contoso.com'; ConnectorTypeName = 'AD'; Type = 'AD'; Identifier = $script:AdConnectorId
                    ConnectivityParameters = @(@{ Name = 'forest-login-user'; Value = 'MSOL_1a2b3c4d5e6f' }, @{ Name = 'forest-login-domain'; Value = 'contoso.com' })
                    Partitions = @(@{ Name = 'DC=contoso,DC=com'; Selected = $true; ConnectorPartitionScope = @{ ContainerInclusionList = @('DC=contoso,DC=com'); ContainerExclusionList = @() } })
                }
                @{ Name = 'contoso.onmicrosoft.com - AAD'; ConnectorTypeName = 'Extensible2'; Type = 'Extensible2'; Identifier = $script:AadConnectorId }
            )
            Throws                   = @{}
        }
    }
}

function Set-CollectorMocks {
    # Points the collector's read functions at $global:CollectorFixture. Call inside It or BeforeAll.
    Mock Read-RegistryValue {
        $key = $global:CollectorFixture.Registry[$Path]
        if ($key -is [Exception]) { throw $key }
        if ($null -eq $key) { return $null }
        $value = $key[$Name]
        if ($value -is [Exception]) { throw $value }
        return $value
    }
    Mock Read-RegistrySubKeyNames {
        $key = $global:CollectorFixture.Registry[$Path]
        if ($key -is [Exception]) { throw $key }
        $prefix = $Path + '\'
        return @($global:CollectorFixture.Registry.Keys | Where-Object { $_.StartsWith($prefix) -and -not $_.Substring($prefix.Length).Contains('\') } |
                ForEach-Object { $_.Substring($prefix.Length) })
    }
    Mock Read-CimInstance {
        $instance = $global:CollectorFixture.Cim[$ClassName]
        if ($instance -is [Exception]) { throw $instance }
        if ($null -eq $instance) { return $null }
        return [pscustomobject]$instance
    }
    Mock Read-TextFile {
        $file = $global:CollectorFixture.Files[$Path]
        if ($file -is [Exception]) { throw $file }
        if ($null -eq $file) { return $null }
        return $file['Text']
    }
    Mock Read-FileTimes {
        $file = $global:CollectorFixture.Files[$Path]
        if ($file -is [Exception]) { throw $file }
        if ($null -eq $file) { return $null }
        return [pscustomobject]@{ CreationTimeUtc = $file['CreationTimeUtc']; LastWriteTimeUtc = $file['LastWriteTimeUtc'] }
    }
    Mock Test-ActiveDirectoryModule { $null -ne $global:CollectorFixture['ActiveDirectory'] }
    if ($null -ne $global:CollectorFixture['ActiveDirectory']) {
        # A stub of the ActiveDirectory module's Get-ADUser: the fixture's tokenGroups per account, or its exception.
        function global:Get-ADUser {
            param([string]$Identity, [string[]]$Properties, [string]$Server)
            $groups = $global:CollectorFixture.ActiveDirectory.TokenGroups[$Identity]
            if ($groups -is [Exception]) { throw $groups }
            if ($null -eq $groups) { throw "Cannot find an object with identity: '$Identity'" }
            return [pscustomobject]@{ SamAccountName = $Identity; tokenGroups = @($groups) }
        }
    }
    else {
        Remove-Item -Path Function:\Get-ADUser -ErrorAction Ignore
    }
    Mock Read-DirectoryFiles {
        $folder = $global:CollectorFixture.Files[$Path]
        if ($folder -is [Exception]) { throw $folder }
        $prefix = $Path + '\'
        return @($global:CollectorFixture.Files.Keys | Where-Object { $_.StartsWith($prefix) -and $_.Substring($prefix.Length) -like $Filter } |
                ForEach-Object { [pscustomobject]@{ Name = $_.Substring($prefix.Length); FullName = $_; LastWriteTimeUtc = $global:CollectorFixture.Files[$_]['LastWriteTimeUtc'] } })
    }
    Mock Read-FileProductVersion {
        $file = $global:CollectorFixture.Files[$Path]
        if ($file -is [Exception]) { throw $file }
        if ($null -eq $file) { return $null }
        return $file['ProductVersion']
    }
}

function Invoke-Collector {
    <#
        Runs the real collector under Set-StrictMode -Version Latest against $Fixture, writing
        $OutFile (relative to the current location when relative). Returns what it printed, the
        written bytes and the parsed document; throws when the file has a BOM or is not UTF-8. Restores the session (culture, environment, module
        path, ADSync) whatever happens.
    #>
    param([hashtable]$Fixture, [string]$OutFile)
    $saved = @{
        Culture      = [System.Threading.Thread]::CurrentThread.CurrentCulture
        PSModulePath = $env:PSModulePath
        Environment  = @{}
    }
    $names = @('COMPUTERNAME') + @($Fixture.Environment.Keys)
    foreach ($name in $names) { $saved.Environment[$name] = [Environment]::GetEnvironmentVariable($name) }
    $global:CollectorFixture = $Fixture
    try {
        Set-CollectorMocks
        [System.Threading.Thread]::CurrentThread.CurrentCulture = [System.Globalization.CultureInfo]::GetCultureInfo($Fixture.Culture)
        [Environment]::SetEnvironmentVariable('COMPUTERNAME', $Fixture.ComputerName)
        foreach ($name in $Fixture.Environment.Keys) { [Environment]::SetEnvironmentVariable($name, $Fixture.Environment[$name]) }
        Remove-Module -Name ADSync -Force -ErrorAction Ignore
        if ($null -ne $Fixture.AdSync) {
            $global:FakeADSyncState = $Fixture.AdSync
            $env:PSModulePath = $script:FakeModules + [System.IO.Path]::PathSeparator + $saved.PSModulePath
        }
        Set-StrictMode -Version Latest
        $printed = & $script:CollectorScript -OutFile $OutFile
        $written = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutFile)
        $bytes = [System.IO.File]::ReadAllBytes($written)
        if ($bytes.Length -ge 3 -and $bytes[0] -eq 0xEF -and $bytes[1] -eq 0xBB -and $bytes[2] -eq 0xBF) {
            throw "$written starts with a UTF-8 byte order mark"
        }
        # Strict UTF-8: an invalid byte throws here.
        $text = [System.Text.UTF8Encoding]::new($false, $true).GetString($bytes)
        return [pscustomobject]@{ Printed = $printed; Path = $written; Bytes = $bytes; Document = ($text | ConvertFrom-Json -AsHashtable) }
    }
    finally {
        Remove-Module -Name ADSync -Force -ErrorAction Ignore
        Remove-Variable -Name FakeADSyncState, CollectorFixture -Scope Global -ErrorAction Ignore
        Remove-Item -Path Function:\Get-ADUser -ErrorAction Ignore
        [System.Threading.Thread]::CurrentThread.CurrentCulture = $saved.Culture
        $env:PSModulePath = $saved.PSModulePath
        foreach ($name in $saved.Environment.Keys) { [Environment]::SetEnvironmentVariable($name, $saved.Environment[$name]) }
    }
}

function Invoke-Assess {
    <#
        Feeds collector outputs through the command line's `assess` (electron/cli, run from source by
        tsx) and returns its JSON document, with the exit code and what it printed to stderr.
    #>
    param([string[]]$Path)
    $stderrFile = [System.IO.Path]::GetTempFileName()
    Push-Location -LiteralPath $script:RepoRoot
    try {
        $stdout = & node --import tsx electron/cli/index.ts assess @Path --as-of $script:AsOf --format json 2> $stderrFile
        $code = $LASTEXITCODE
        return [pscustomobject]@{
            Code     = $code
            Stderr   = (Get-Content -Raw -LiteralPath $stderrFile)
            Document = (($stdout -join "`n") | ConvertFrom-Json -AsHashtable)
        }
    }
    finally {
        Pop-Location
        Remove-Item -LiteralPath $stderrFile -ErrorAction Ignore
    }
}

function Get-FindingStatus {
    # ruleId -> status for the server assessed from $Path.
    param($Assessment, [string]$Path)
    $server = @($Assessment.Document.servers | Where-Object { $_.source -eq $Path })[0]
    $statuses = @{}
    foreach ($finding in $server.findings) { $statuses[$finding.ruleId] = $finding.status }
    return $statuses
}

function New-CustomizedFixture {
    <#
        The healthy server, customized the way admins do: on 2.5.190.0, OU filtering with an
        exclusion, six custom rules (one of them the Rules Editor's clone of "In from AD - User
        Join", whose standard rule is disabled; one above precedence 99; one carrying a tag), FIPS
        turned off in miiserver.exe.config, a settings export older than the newest rule, and the
        service running under a group managed service account.
    #>
    $fixture = New-CollectorFixture
    $fixture.Files['C:\Program Files\Microsoft Azure Active Directory Connect\AzureADConnect.exe'] = @{ ProductVersion = '2.5.190.0' }
    $adSync = $fixture.AdSync
    foreach ($parameter in $adSync.GlobalSettings.Parameters) {
        if ($parameter.Name -eq 'Microsoft.Synchronize.ServerConfigurationVersion') { $parameter.Value = '2.5.190.0' }
    }
    $ad = $script:AdConnectorId
    $aad = $script:AadConnectorId
    $adSync.Rules = @(
        (New-FakeRule -Name 'In from AD - User Join' -Tag 'Microsoft.InfromADUserJoin.003' -Precedence 201 -Connector $ad -Disabled)
        (New-FakeRule -Name 'In from AD - User Common' -Tag 'Microsoft.InfromADUserCommon.003' -Precedence 202 -Connector $ad)
        (New-FakeRule -Name 'Out to AAD - User Join' -Tag 'Microsoft.OuttoAADUserJoin.003' -Direction Outbound -Precedence 215 -Connector $aad)
        (New-FakeRule -Name 'In from AD - User Join' -Precedence 99 -Connector $ad -Identifier 'c0ffee00-0000-4000-8000-000000000099')
        (New-FakeRule -Name 'In from AD - User Custom Filter' -Precedence 50 -Connector $ad -Identifier 'c0ffee00-0000-4000-8000-000000000050')
        (New-FakeRule -Name 'In from AD - Contractors cloudFiltered' -Precedence 51 -Connector $ad -Identifier 'c0ffee00-0000-4000-8000-000000000051')
        (New-FakeRule -Name 'In from AD - User extensionAttribute mapping' -Precedence 52 -Connector $ad -Identifier 'c0ffee00-0000-4000-8000-000000000052')
        (New-FakeRule -Name 'Out to AAD - User department override' -Direction Outbound -Precedence 150 -Connector $aad -Identifier 'c0ffee00-0000-4000-8000-000000000150')
        (New-FakeRule -Name 'In from AD - Group mail nickname' -Tag 'Contoso.InfromADGroupMailNickname.001' -Precedence 53 -Connector $ad -Identifier 'c0ffee00-0000-4000-8000-000000000053')
    )
    $adSync.Connectors[0].Partitions = @(@{
            Name = 'DC=contoso,DC=com'; Selected = $true
            ConnectorPartitionScope = @{
                ContainerInclusionList = @('OU=Staff,DC=contoso,DC=com', 'OU=Contractors,DC=contoso,DC=com', 'OU=Groups,DC=contoso,DC=com')
                ContainerExclusionList = @('OU=Disabled,OU=Staff,DC=contoso,DC=com')
            }
        })
    $fixture.Cim.Win32_Service = @{ Name = 'ADSync'; StartName = 'CONTOSO\gmsa-adsync$'; State = 'Running' }
    $fixture.Files['C:\Program Files\Microsoft Azure AD Sync\Bin\miiserver.exe.config'] = @{
        Text             = $script:DefaultMiiserverConfig.Replace('<runtime>', "<runtime>`n    <enforceFIPSPolicy enabled=`"false`" />")
        CreationTimeUtc  = [datetime]::new(2025, 11, 24, 9, 0, 0, [DateTimeKind]::Utc)
        LastWriteTimeUtc = [datetime]::new(2026, 1, 14, 16, 42, 0, [DateTimeKind]::Utc)
    }
    $fixture.Files.Remove('C:\ProgramData\AADConnect\Applied-SynchronizationPolicy-2026-09-20-081900.json')
    $exportedRules = @(
        @{ name = 'In from AD - User Join'; uniqueIdentifier = 'c0ffee00-0000-4000-8000-000000000099' }
        @{ name = 'In from AD - User Custom Filter'; uniqueIdentifier = 'c0ffee00-0000-4000-8000-000000000050' }
        @{ name = 'In from AD - Contractors cloudFiltered'; uniqueIdentifier = 'c0ffee00-0000-4000-8000-000000000051' }
        @{ name = 'In from AD - User extensionAttribute mapping'; uniqueIdentifier = 'c0ffee00-0000-4000-8000-000000000052' }
        @{ name = 'Out to AAD - User department override'; uniqueIdentifier = 'c0ffee00-0000-4000-8000-000000000150' }
    )
    $fixture.Files['C:\ProgramData\AADConnect\Applied-SynchronizationPolicy-2025-11-24-093000.json'] = @{
        Text = (New-ExportedSettingsText -CustomRules @($exportedRules[0..1])); LastWriteTimeUtc = [datetime]::new(2025, 11, 24, 9, 30, 0, [DateTimeKind]::Utc)
    }
    $fixture.Files['C:\ProgramData\AADConnect\Applied-SynchronizationPolicy-2026-01-14-170500.json'] = @{
        Text = (New-ExportedSettingsText -CustomRules $exportedRules); LastWriteTimeUtc = [datetime]::new(2026, 1, 14, 17, 5, 0, [DateTimeKind]::Utc)
    }
    return $fixture
}

function New-ExpressFixture {
    # A default express install: only out-of-box rules, the whole domain in scope, nothing edited.
    $fixture = New-CollectorFixture
    $fixture.AdSync.Rules = @($fixture.AdSync.Rules[0..1])
    $fixture.Files['C:\ProgramData\AADConnect\Applied-SynchronizationPolicy-2026-09-20-081900.json'].Text = (New-ExportedSettingsText)
    return $fixture
}

function New-ModifiedConfigFixture {
    # A server auto-upgraded to 2.6.1.0 whose FIPS-edited miiserver.exe.config the installer kept,
    # without the new System.Diagnostics.DiagnosticSource redirect.
    $fixture = New-ExpressFixture
    $fixture.Files['C:\Program Files\Microsoft Azure Active Directory Connect\AzureADConnect.exe'] = @{ ProductVersion = '2.6.1.0' }
    foreach ($parameter in $fixture.AdSync.GlobalSettings.Parameters) {
        if ($parameter.Name -eq 'Microsoft.Synchronize.ServerConfigurationVersion') { $parameter.Value = '2.6.1.0' }
    }
    $fixture.Files['C:\Program Files\Microsoft Azure AD Sync\Bin\miiserver.exe.config'] = @{
        Text             = "<?xml version=`"1.0`" encoding=`"utf-8`"?>`n<configuration>`n  <runtime>`n    <enforceFIPSPolicy enabled=`"false`" />`n  </runtime>`n</configuration>`n"
        CreationTimeUtc  = [datetime]::new(2024, 3, 11, 10, 0, 0, [DateTimeKind]::Utc)
        LastWriteTimeUtc = [datetime]::new(2024, 6, 2, 15, 20, 0, [DateTimeKind]::Utc)
    }
    return $fixture
}
