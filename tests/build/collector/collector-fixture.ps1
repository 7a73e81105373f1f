<#
    One fixture for the collector's tests: a description of one sync server, and the function that
    runs the real collector against it.

    New-CollectorFixture returns a healthy 2.6.x server as nested hashtables; a case changes only
    what it is about, then calls Invoke-Collector. What the collector reads comes from:
      Registry  'SOFTWARE\...' key (under HKLM) -> @{ value name -> value }. A REG_DWORD is given
                as the Int32 .NET returns for it ([int32]-1 for 0xFFFFFFFF). An exception object in
                place of a key or a value is thrown when it is read (access denied).
      Cim       class name -> @{ property -> value }, or an exception to throw.
      Files     full path -> @{ ProductVersion = ... }, or an exception to throw.
      AdSync    the fake ADSync module's state (fake-modules/ADSync/ADSync.psm1): Commands (what this
                build exports), one entry per cmdlet's output, Throws (cmdlet -> message). $null
                means the module is not installed.
      Environment, Culture, ComputerName: the session the collector runs in.
    A new read is a new key here and a new case in the mocks below (or a new cmdlet in the fake
    module), not a new copy of this file. For example:
      - more sync rules or connectors: add entries (with the properties the real objects carry)
        to AdSync.Rules / AdSync.Connectors;
      - another global setting: add @{ Name = ...; Value = ... } to AdSync.GlobalSettings.Parameters;
      - a text file such as miiserver.exe.config: give the collector a Read-TextFile seam function,
        stub and mock it here from Files[path].Text, and put the file's text in Files.
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

function New-AccessDenied {
    # The exception .NET throws for a registry key or WMI class this account may not read.
    param([string]$What)
    return [System.UnauthorizedAccessException]::new("Access to $What is denied.")
}

function New-CollectorFixture {
    $tls = @{ Enabled = 1; DisabledByDefault = 0 }
    $netFx = @{ SystemDefaultTlsVersions = 1; SchUseStrongCrypto = 1 }
    $schannel = 'SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2'
    return @{
        ComputerName = 'AADC01'
        Culture      = 'en-US'
        Environment  = @{ ProgramFiles = 'C:\Program Files'; ProgramW6432 = 'C:\Program Files' }
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
            Win32_ComputerSystem  = @{ Name = 'AADC01'; Domain = 'contoso.com'; PartOfDomain = $true; DomainRole = 3; TotalPhysicalMemory = 17070817280 }
            Win32_OperatingSystem = @{ Caption = 'Microsoft Windows Server 2022 Standard'; BuildNumber = '20348'; Version = '10.0.20348'; SystemDrive = 'C:' }
            Win32_LogicalDisk     = @{ DeviceID = 'C:'; FreeSpace = 129281212416; Size = 214748364800 }
        }
        Files        = @{
            'C:\Program Files\Microsoft Azure Active Directory Connect\AzureADConnect.exe' = @{ ProductVersion = '2.6.92.0' }
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
                @{ Name = 'In from AD - User Join'; ImmutableTag = 'Microsoft.InfromADUserJoin.003'; Direction = 'Inbound'; Precedence = 100; Disabled = $false }
                @{ Name = 'Out to AAD - User Join'; ImmutableTag = 'Microsoft.OuttoAADUserJoin.003'; Direction = 'Outbound'; Precedence = 110; Disabled = $false }
                @{ Name = 'In from AD - User Custom Filter'; ImmutableTag = $null; Direction = 'Inbound'; Precedence = 50; Disabled = $false }
            )
            Connectors               = @(
                @{ Name = 'contoso.com'; ConnectorTypeName = 'AD'; Type = 'AD' }
                @{ Name = 'contoso.onmicrosoft.com - AAD'; ConnectorTypeName = 'Extensible2'; Type = 'Extensible2' }
            )
            Throws                   = @{}
        }
    }
}

function Set-CollectorMocks {
    # Points the collector's four read functions at $global:CollectorFixture. Call inside It or BeforeAll.
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
