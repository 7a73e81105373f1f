<#
.SYNOPSIS
    Collects Microsoft Entra Connect Sync install details for the upgrade-readiness wizard.

.DESCRIPTION
    Read-only. Windows PowerShell 5.1 compatible. Installs nothing, changes nothing, makes no
    network calls: it reads the registry, WMI/CIM, files and the local ADSync cmdlets, then writes
    one UTF-8 JSON document (kind "entra-connect-install-details", schemaVersion 1) to -OutFile,
    or to standard output when -OutFile is not given. Every read is guarded: a missing cmdlet, key
    or permission leaves that fact out and records why in "collectorNotes".

    Run it in an elevated Windows PowerShell on the sync server:
        powershell.exe -NoProfile -ExecutionPolicy Bypass -File .\Collect-EntraConnectDetails.ps1 -OutFile .\AADC01.json

.PARAMETER OutFile
    Where to write the JSON document. The only file this script writes.
#>
[CmdletBinding()]
param(
    [string]$OutFile
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'

$script:Notes = New-Object System.Collections.ArrayList
$BytesPerGb = 1073741824

function Add-Note {
    param([string]$Field, [string]$Reason)
    [void]$script:Notes.Add([ordered]@{ field = $Field; reason = $Reason })
}

function Invoke-Guarded {
    param([string]$Field, [scriptblock]$Read)
    try {
        return & $Read
    }
    catch {
        Add-Note -Field $Field -Reason ("could not be read: " + $_.Exception.Message)
        return $null
    }
}

function Get-RegistryValue {
    param([string]$Path, [string]$Name)
    $item = Get-ItemProperty -LiteralPath $Path -Name $Name -ErrorAction SilentlyContinue
    if ($null -eq $item) {
        return $null
    }
    return $item.$Name
}

function Test-CommandAvailable {
    param([string]$Name)
    return $null -ne (Get-Command -Name $Name -ErrorAction SilentlyContinue)
}

function ConvertTo-FourPartVersion {
    param([string]$Text)
    if ([string]::IsNullOrWhiteSpace($Text)) {
        return $null
    }
    $parts = @($Text.Trim().Split('.') | Where-Object { $_ -match '^\d+$' })
    if ($parts.Count -lt 2 -or $parts.Count -gt 4) {
        return $null
    }
    while ($parts.Count -lt 4) {
        $parts += '0'
    }
    return (($parts | ForEach-Object { [string][int64]$_ }) -join '.')
}

# --- Server -------------------------------------------------------------------------------------

$server = [ordered]@{ name = $env:COMPUTERNAME }

$computer = Invoke-Guarded -Field 'server.domainJoined' -Read { Get-CimInstance -ClassName Win32_ComputerSystem }
if ($null -ne $computer) {
    $server.domainJoined = [bool]$computer.PartOfDomain
    # DomainRole 4 and 5 are backup and primary domain controllers.
    $server.isDomainController = ([int]$computer.DomainRole -ge 4)
    $server.memoryGb = [math]::Round([double]$computer.TotalPhysicalMemory / $BytesPerGb, 1)
}

$os = Invoke-Guarded -Field 'server.os' -Read { Get-CimInstance -ClassName Win32_OperatingSystem }
if ($null -ne $os) {
    $osInfo = [ordered]@{ caption = [string]$os.Caption; build = [int]$os.BuildNumber }
    $installationType = Get-RegistryValue -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion' -Name 'InstallationType'
    if ($installationType -eq 'Server' -or $installationType -eq 'Server Core') {
        $osInfo.installationType = [string]$installationType
    }
    else {
        Add-Note -Field 'server.os.installationType' -Reason ("InstallationType is '" + $installationType + "', not a Windows Server installation type")
    }
    $server.os = $osInfo
    $systemDrive = Invoke-Guarded -Field 'server.freeDiskGb' -Read {
        Get-CimInstance -ClassName Win32_LogicalDisk -Filter ("DeviceID='" + $os.SystemDrive + "'")
    }
    if ($null -ne $systemDrive) {
        $server.freeDiskGb = [math]::Round([double]$systemDrive.FreeSpace / $BytesPerGb, 1)
    }
}

# --- Entra Connect ------------------------------------------------------------------------------

$connect = [ordered]@{}
$hasAdSync = $false
try {
    Import-Module -Name ADSync -ErrorAction Stop
    $hasAdSync = $true
}
catch {
    Add-Note -Field 'connect' -Reason 'the ADSync module is not available: is Entra Connect Sync installed on this server, and is this an elevated Windows PowerShell?'
}

$connectExe = Join-Path -Path $env:ProgramFiles -ChildPath 'Microsoft Azure AD Connect\AzureADConnect.exe'
$productVersion = Invoke-Guarded -Field 'connect.version' -Read {
    if (Test-Path -LiteralPath $connectExe) {
        (Get-Item -LiteralPath $connectExe).VersionInfo.ProductVersion
    }
}
if ([string]::IsNullOrWhiteSpace($productVersion)) {
    $uninstallRoots = @('HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*', 'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\*')
    $entry = Invoke-Guarded -Field 'connect.version' -Read {
        Get-ItemProperty -Path $uninstallRoots -ErrorAction SilentlyContinue |
            Where-Object { $_.PSObject.Properties['DisplayName'] -and $_.DisplayName -match '^Microsoft (Entra|Azure AD) Connect( Sync)?$' } |
            Select-Object -First 1
    }
    if ($null -ne $entry) {
        $productVersion = [string]$entry.DisplayVersion
    }
}
$version = ConvertTo-FourPartVersion -Text $productVersion
if ($null -ne $version) {
    $connect.version = $version
}
else {
    Add-Note -Field 'connect.version' -Reason 'AzureADConnect.exe and the Programs and Features entry were not found'
}

# AzureInstance 4 is Azure Government; it is the only value the documentation names.
$azureInstance = Get-RegistryValue -Path 'HKLM:\SOFTWARE\Microsoft\Azure AD Connect' -Name 'AzureInstance'
if ($azureInstance -eq 4) {
    $connect.cloud = 'usgov'
}
else {
    Add-Note -Field 'connect.cloud' -Reason ("AzureInstance is '" + $azureInstance + "'; only 4 (US Government) is documented, so the cloud is left for you to answer")
}

if ($hasAdSync) {
    $parameters = Invoke-Guarded -Field 'connect.serverConfigurationVersion' -Read { (Get-ADSyncGlobalSettings).Parameters }
    $settings = @{}
    if ($null -ne $parameters) {
        foreach ($parameter in $parameters) {
            $settings[[string]$parameter.Name] = [string]$parameter.Value
        }
    }
    $serverConfigurationVersion = ConvertTo-FourPartVersion -Text $settings['Microsoft.Synchronize.ServerConfigurationVersion']
    if ($null -ne $serverConfigurationVersion) {
        $connect.serverConfigurationVersion = $serverConfigurationVersion
    }
    $signOn = $settings['Microsoft.UserSignIn.SignOnMethod']
    if ($signOn -in @('PasswordHashSync', 'PassThroughAuthentication', 'FederationAdfs', 'FederationPingFederate', 'NotConfigured')) {
        $connect.signInMethod = $signOn
    }
    else {
        Add-Note -Field 'connect.signInMethod' -Reason ("Microsoft.UserSignIn.SignOnMethod is '" + $signOn + "'")
    }
    $features = [ordered]@{}
    $featureSettings = @{
        groupWriteback      = 'Microsoft.OptionalFeature.GroupWriteBack'
        deviceWriteback     = 'Microsoft.OptionalFeature.DeviceWriteBack'
        directoryExtensions = 'Microsoft.OptionalFeature.DirectoryExtension'
        exchangeHybrid      = 'Microsoft.OptionalFeature.HybridExchange'
    }
    foreach ($feature in $featureSettings.Keys) {
        $value = $settings[$featureSettings[$feature]]
        if ($value -eq 'True' -or $value -eq 'False') {
            $features[$feature] = ($value -eq 'True')
        }
    }
    if ($features.Count -gt 0) {
        $connect.features = $features
    }

    $scheduler = Invoke-Guarded -Field 'connect.syncCycleEnabled' -Read { Get-ADSyncScheduler }
    if ($null -ne $scheduler) {
        $connect.syncCycleEnabled = [bool]$scheduler.SyncCycleEnabled
        $connect.stagingModeEnabled = [bool]$scheduler.StagingModeEnabled
        $connect.schedulerSuspended = [bool]$scheduler.SchedulerSuspended
    }

    $autoUpgrade = [ordered]@{}
    $state = Invoke-Guarded -Field 'connect.autoUpgrade.state' -Read { [string](Get-ADSyncAutoUpgrade) }
    if ($state -in @('Enabled', 'Suspended', 'Disabled')) {
        $autoUpgrade.state = $state
    }
    if ($state -eq 'Suspended') {
        $detail = Invoke-Guarded -Field 'connect.autoUpgrade.suspensionReason' -Read { Get-ADSyncAutoUpgrade -Detail | Out-String }
        $match = [regex]::Match([string]$detail, '\b(Upgrade[A-Za-z]+(-[A-Za-z0-9]+)*|AADHealthEndpointNotDefined|DirSyncInPlaceUpgradeNonLocalDb)\b')
        if ($match.Success) {
            $autoUpgrade.suspensionReason = $match.Value
        }
        else {
            Add-Note -Field 'connect.autoUpgrade.suspensionReason' -Reason 'Get-ADSyncAutoUpgrade -Detail printed no reason the collector recognises'
        }
    }
    if ($autoUpgrade.Count -gt 0) {
        $connect.autoUpgrade = $autoUpgrade
    }

    $database = Invoke-Guarded -Field 'connect.database' -Read { Get-ADSyncDatabaseConfiguration }
    if ($null -ne $database) {
        $databaseInfo = [ordered]@{}
        if ($database.PSObject.Properties['IsLocalDBInstalled']) {
            $databaseInfo.kind = $(if ([bool]$database.IsLocalDBInstalled) { 'localdb' } else { 'sql' })
        }
        if ($database.PSObject.Properties['LocalDBUsedSpaceInMb'] -and $null -ne $database.LocalDBUsedSpaceInMb) {
            $databaseInfo.localDbSizeMb = [double]$database.LocalDBUsedSpaceInMb
        }
        $connect.database = $databaseInfo
    }

    $credential = Invoke-Guarded -Field 'connect.connectorIdentityType' -Read {
        if (Test-CommandAvailable -Name 'Get-ADSyncEntraConnectorCredential') {
            Get-ADSyncEntraConnectorCredential
        }
        else {
            Add-Note -Field 'connect.connectorIdentityType' -Reason 'Get-ADSyncEntraConnectorCredential does not exist in this build (added with application-based authentication): the connector uses a service account'
            [pscustomobject]@{ ConnectorIdentityType = 'ServiceAccount' }
        }
    }
    if ($null -ne $credential -and $credential.ConnectorIdentityType -in @('Application', 'ServiceAccount')) {
        $connect.connectorIdentityType = [string]$credential.ConnectorIdentityType
    }

    # Standard rules carry an ImmutableTag ("Microsoft.In.User.Common" ...); custom rules have none.
    $rules = Invoke-Guarded -Field 'connect.customSyncRuleCount' -Read { Get-ADSyncRule }
    if ($null -ne $rules) {
        $connect.customSyncRuleCount = @($rules | Where-Object { [string]::IsNullOrEmpty([string]$_.ImmutableTag) }).Count
    }

    $connectors = Invoke-Guarded -Field 'connect.forestCount' -Read { Get-ADSyncConnector }
    if ($null -ne $connectors) {
        $connect.forestCount = @($connectors | Where-Object { $_.ConnectorTypeName -eq 'AD' }).Count
    }
}

$unreadable = @(
    'connect.installType', 'connect.healthUploadEnabled', 'connect.metaverseObjectCount',
    'connect.largestDomainObjectCount', 'connect.largestGroupMemberCount', 'connect.database.sqlVersion',
    'connect.features.passwordWriteback', 'connect.features.attributeValueFiltering', 'connect.features.hybridJoin',
    'connect.features.entraDomainServices', 'connect.features.crossForestReferences',
    'connect.features.mergeAttributesAcrossDomains'
)
foreach ($field in $unreadable) {
    Add-Note -Field $field -Reason 'no documented local, read-only source: answer it in the wizard'
}

# --- .NET, PowerShell, TLS 1.2 ------------------------------------------------------------------

$dotnet = [ordered]@{}
$release = Get-RegistryValue -Path 'HKLM:\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full' -Name 'Release'
if ($null -ne $release) {
    $dotnet.release = [int]$release
}
else {
    Add-Note -Field 'dotnet.release' -Reason 'the .NET Framework 4 Full key has no Release value (.NET Framework 4.5 or later is not installed)'
}

$powershell = [ordered]@{ version = $PSVersionTable.PSVersion.ToString() }
$powershell.edition = $(if ($PSVersionTable.ContainsKey('PSEdition')) { [string]$PSVersionTable.PSEdition } else { 'Desktop' })

$schannel = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2'
$tls12 = [ordered]@{
    netFx64        = [ordered]@{
        SystemDefaultTlsVersions = Get-RegistryValue -Path 'HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319' -Name 'SystemDefaultTlsVersions'
        SchUseStrongCrypto       = Get-RegistryValue -Path 'HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319' -Name 'SchUseStrongCrypto'
    }
    netFx32        = [ordered]@{
        SystemDefaultTlsVersions = Get-RegistryValue -Path 'HKLM:\SOFTWARE\WOW6432Node\Microsoft\.NETFramework\v4.0.30319' -Name 'SystemDefaultTlsVersions'
        SchUseStrongCrypto       = Get-RegistryValue -Path 'HKLM:\SOFTWARE\WOW6432Node\Microsoft\.NETFramework\v4.0.30319' -Name 'SchUseStrongCrypto'
    }
    schannelServer = [ordered]@{
        Enabled           = Get-RegistryValue -Path ($schannel + '\Server') -Name 'Enabled'
        DisabledByDefault = Get-RegistryValue -Path ($schannel + '\Server') -Name 'DisabledByDefault'
    }
    schannelClient = [ordered]@{
        Enabled           = Get-RegistryValue -Path ($schannel + '\Client') -Name 'Enabled'
        DisabledByDefault = Get-RegistryValue -Path ($schannel + '\Client') -Name 'DisabledByDefault'
    }
}

# --- Output ---------------------------------------------------------------------------------------

$document = [ordered]@{
    kind           = 'entra-connect-install-details'
    schemaVersion  = 1
    collectedAt    = (Get-Date).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ')
    server         = $server
    connect        = $connect
    dotnet         = $dotnet
    powershell     = $powershell
    tls12          = $tls12
    collectorNotes = @($script:Notes)
}

$json = $document | ConvertTo-Json -Depth 8
if ([string]::IsNullOrWhiteSpace($OutFile)) {
    Write-Output $json
}
else {
    # UTF-8 without a BOM; the only write this script makes.
    [System.IO.File]::WriteAllText($OutFile, $json, (New-Object System.Text.UTF8Encoding -ArgumentList $false))
    Write-Output ('Wrote ' + $OutFile)
}
