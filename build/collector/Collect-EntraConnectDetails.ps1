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

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$script:Notes = New-Object System.Collections.ArrayList
$BytesPerGb = 1073741824
# REG_DWORD arrives as a signed Int32: 0x80000000 and above come out negative unless 2^32 is added.
$DwordModulus = 4294967296

# --- Reads ----------------------------------------------------------------------------------------
# Every registry, CIM and file read goes through these four functions, so the tests can replace
# them (tests/build/collector/). Each throws when the read is refused; a missing key, value or file
# is $null.

function Read-RegistryValue {
    # HKLM in its 64-bit view whatever this process's bitness: a 32-bit PowerShell would otherwise be
    # redirected to WOW6432Node. On a 32-bit Windows the 64-bit view is the only one.
    param([string]$Path, [string]$Name)
    $hive = [Microsoft.Win32.RegistryKey]::OpenBaseKey('LocalMachine', 'Registry64')
    try {
        $key = $hive.OpenSubKey($Path)
        if ($null -eq $key) {
            return $null
        }
        try {
            return $key.GetValue($Name)
        }
        finally {
            $key.Close()
        }
    }
    finally {
        $hive.Close()
    }
}

function Read-RegistrySubKeyNames {
    param([string]$Path)
    $hive = [Microsoft.Win32.RegistryKey]::OpenBaseKey('LocalMachine', 'Registry64')
    try {
        $key = $hive.OpenSubKey($Path)
        if ($null -eq $key) {
            return @()
        }
        try {
            return $key.GetSubKeyNames()
        }
        finally {
            $key.Close()
        }
    }
    finally {
        $hive.Close()
    }
}

function Read-CimInstance {
    param([string]$ClassName, [string]$Filter)
    if ([string]::IsNullOrEmpty($Filter)) {
        return Get-CimInstance -ClassName $ClassName
    }
    return Get-CimInstance -ClassName $ClassName -Filter $Filter
}

function Read-FileProductVersion {
    param([string]$Path)
    if (-not (Test-Path -LiteralPath $Path -PathType Leaf)) {
        return $null
    }
    return (Get-Item -LiteralPath $Path).VersionInfo.ProductVersion
}

function Read-TextFile {
    # The whole text of a file; $null when it does not exist.
    param([string]$Path)
    if (-not (Test-Path -LiteralPath $Path -PathType Leaf)) {
        return $null
    }
    return Get-Content -LiteralPath $Path -Raw
}

function Read-FileTimes {
    # A file's creation and last-write times in UTC; $null when it does not exist.
    param([string]$Path)
    if (-not (Test-Path -LiteralPath $Path -PathType Leaf)) {
        return $null
    }
    $item = Get-Item -LiteralPath $Path
    return [pscustomobject]@{ CreationTimeUtc = $item.CreationTimeUtc; LastWriteTimeUtc = $item.LastWriteTimeUtc }
}

function Read-DirectoryFiles {
    # The files in a folder matching a wildcard, each with its full path and last-write time in UTC.
    param([string]$Path, [string]$Filter)
    if (-not (Test-Path -LiteralPath $Path -PathType Container)) {
        return @()
    }
    return @(Get-ChildItem -LiteralPath $Path -Filter $Filter -File | ForEach-Object {
            [pscustomobject]@{ Name = $_.Name; FullName = $_.FullName; LastWriteTimeUtc = $_.LastWriteTimeUtc }
        })
}

# --- Helpers --------------------------------------------------------------------------------------

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
    # A DWORD as the unsigned number regedit shows; a refused read is $null with a note.
    param([string]$Field, [string]$Path, [string]$Name)
    try {
        $value = Read-RegistryValue -Path $Path -Name $Name
    }
    catch {
        Add-Note -Field $Field -Reason ("HKLM\" + $Path + " could not be read: " + $_.Exception.Message)
        return $null
    }
    if ($value -is [int] -and $value -lt 0) {
        return [int64]$value + $DwordModulus
    }
    return $value
}

function Get-PropertyValue {
    # A property this build's object lacks is $null, never a strict-mode error.
    param($InputObject, [string]$Name)
    if ($null -eq $InputObject) {
        return $null
    }
    $property = $InputObject.PSObject.Properties[$Name]
    if ($null -eq $property) {
        return $null
    }
    return $property.Value
}

function Get-ReportedProperty {
    # Get-PropertyValue, with a note naming the property when this build lacks it.
    param($InputObject, [string]$Name, [string]$Field, [string]$Source)
    $value = Get-PropertyValue -InputObject $InputObject -Name $Name
    if ($null -eq $value) {
        Add-Note -Field $Field -Reason ($Source + ' reported no ' + $Name + ' on this server')
    }
    return $value
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

# --- Customizations: what each upgrade route keeps and loses ----------------------------------
# Get-ADSyncRule, Get-ADSyncConnector and Get-ADSyncGlobalSettings are missing from Microsoft's
# ADSync reference; several property names below come from community code only, so each is read
# with Get-PropertyValue and a missing one is a note, never a guess.

$MaxSyncRules = 5000
$MaxConnectors = 200
$MaxContainers = 5000

function ConvertTo-BooleanSetting {
    # A global setting's 'True' / 'False' text as a boolean; anything else is $null.
    param($Value)
    if ([string]$Value -eq 'True') { return $true }
    if ([string]$Value -eq 'False') { return $false }
    return $null
}

function Get-GlobalSettingsFacts {
    param([hashtable]$Settings)
    $facts = [ordered]@{}
    $booleans = [ordered]@{
        groupFiltering                 = 'Microsoft.OptionalFeature.GroupFiltering'
        exportDeletionThresholdEnabled = 'Microsoft.OptionalFeature.ExportDeletionThreshold'
    }
    foreach ($fact in $booleans.Keys) {
        $value = ConvertTo-BooleanSetting -Value $Settings[$booleans[$fact]]
        if ($null -ne $value) {
            $facts[$fact] = $value
        }
        else {
            Add-Note -Field ('customizations.globalSettings.' + $fact) -Reason ('Get-ADSyncGlobalSettings reported no ' + $booleans[$fact])
        }
    }
    $upn = [string]$Settings['Microsoft.SynchronizationOption.UPNAttribute']
    if (-not [string]::IsNullOrWhiteSpace($upn)) {
        $facts.upnAttribute = $upn.Trim()
    }
    else {
        Add-Note -Field 'customizations.globalSettings.upnAttribute' -Reason 'Get-ADSyncGlobalSettings reported no Microsoft.SynchronizationOption.UPNAttribute'
    }
    $threshold = [string]$Settings['Microsoft.OptionalFeature.ExportDeletionThresholdValue']
    if ($threshold -match '^\d{1,9}$') {
        $facts.exportDeletionThreshold = [int64]$threshold
    }
    else {
        Add-Note -Field 'customizations.globalSettings.exportDeletionThreshold' -Reason 'Get-ADSyncGlobalSettings reported no Microsoft.OptionalFeature.ExportDeletionThresholdValue'
    }
    return $facts
}

function Get-ContainerList {
    # A partition scope's inclusion or exclusion list as strings, bounded; $null when the property is absent.
    param($Scope, [string]$Name)
    $property = $null
    if ($null -ne $Scope) {
        $property = $Scope.PSObject.Properties[$Name]
    }
    if ($null -eq $property) {
        return $null
    }
    $list = New-Object System.Collections.ArrayList
    foreach ($container in @($property.Value)) {
        if ($null -ne $container -and $list.Count -lt $MaxContainers) {
            [void]$list.Add([string]$container)
        }
    }
    return , @($list)
}

function Get-ConnectivityParameter {
    # One ConnectivityParameters entry's value (the collection holds Name / Value pairs).
    param($Connector, [string]$Name)
    foreach ($parameter in @(Get-PropertyValue -InputObject $Connector -Name 'ConnectivityParameters')) {
        if ([string](Get-PropertyValue -InputObject $parameter -Name 'Name') -eq $Name) {
            return Get-PropertyValue -InputObject $parameter -Name 'Value'
        }
    }
    return $null
}

function Test-ActiveDirectoryModule {
    # The ActiveDirectory module (RSAT) is optional on a sync server: without it the admin-group read is skipped.
    return ($null -ne (Get-Command -Name Get-ADUser -ErrorAction SilentlyContinue)) -or ($null -ne (Get-Module -ListAvailable -Name ActiveDirectory))
}

function Read-AccountTokenGroups {
    # The account's tokenGroups (every group it is in, nested ones too) as SID strings; read-only.
    param([string]$User, [string]$Domain)
    $parameters = @{ Identity = $User; Properties = 'tokenGroups'; ErrorAction = 'Stop' }
    if (-not [string]::IsNullOrEmpty($Domain)) { $parameters.Server = $Domain }
    $account = Get-ADUser @parameters
    $sids = New-Object System.Collections.ArrayList
    foreach ($sid in @(Get-PropertyValue -InputObject $account -Name 'tokenGroups')) {
        if ($null -ne $sid) { [void]$sids.Add([string]$sid) }
    }
    return , @($sids)
}

function Get-AccountAdminGroups {
    # Domain Admins (RID 512) and Enterprise Admins (RID 519) among the AD DS connector account's
    # groups: Microsoft asks for a least-privileged account, never one of these
    # (https://learn.microsoft.com/entra/identity/hybrid/connect/reference-connect-accounts-permissions).
    # $null with a note when it cannot be read.
    param([string]$User, [string]$Domain)
    $field = 'customizations.connectors.accountAdminGroups'
    if (-not (Test-ActiveDirectoryModule)) {
        Add-Note -Field $field -Reason 'the ActiveDirectory PowerShell module is not installed: whether the AD DS connector account is in Domain Admins or Enterprise Admins was not read'
        return $null
    }
    $sids = Invoke-Guarded -Field $field -Read { Read-AccountTokenGroups -User $User -Domain $Domain }
    if ($null -eq $sids) {
        return $null
    }
    $groups = New-Object System.Collections.ArrayList
    if (@($sids | Where-Object { $_ -match '^S-1-5-21-[0-9-]+-512$' }).Count -gt 0) { [void]$groups.Add('Domain Admins') }
    if (@($sids | Where-Object { $_ -match '^S-1-5-21-[0-9-]+-519$' }).Count -gt 0) { [void]$groups.Add('Enterprise Admins') }
    return , @($groups)
}

function Get-ConnectorFacts {
    param($Connectors)
    $all = @($Connectors)
    if ($all.Count -gt $MaxConnectors) {
        Add-Note -Field 'customizations.connectors' -Reason ('the server has ' + $all.Count + ' connectors; the first ' + $MaxConnectors + ' are listed')
        $all = $all[0..($MaxConnectors - 1)]
    }
    $isScopeNoted = $false
    foreach ($connector in $all) {
        $facts = [ordered]@{
            name = [string](Get-PropertyValue -InputObject $connector -Name 'Name')
            type = [string](Get-PropertyValue -InputObject $connector -Name 'ConnectorTypeName')
        }
        if ($facts.type -eq 'AD') {
            $user = [string](Get-ConnectivityParameter -Connector $connector -Name 'forest-login-user')
            $domain = [string](Get-ConnectivityParameter -Connector $connector -Name 'forest-login-domain')
            if (-not [string]::IsNullOrEmpty($user)) {
                $facts.account = $(if ([string]::IsNullOrEmpty($domain)) { $user } else { $domain + '\' + $user })
                $adminGroups = Get-AccountAdminGroups -User $user -Domain $domain
                if ($null -ne $adminGroups) { $facts.accountAdminGroups = $adminGroups }
            }
            $partitions = New-Object System.Collections.ArrayList
            foreach ($partition in @(Get-PropertyValue -InputObject $connector -Name 'Partitions')) {
                if ($null -eq $partition) { continue }
                $partitionFacts = [ordered]@{ name = [string](Get-PropertyValue -InputObject $partition -Name 'Name') }
                $selected = Get-PropertyValue -InputObject $partition -Name 'Selected'
                if ($null -ne $selected) {
                    $partitionFacts.selected = [bool]$selected
                }
                $scope = Get-PropertyValue -InputObject $partition -Name 'ConnectorPartitionScope'
                $inclusions = Get-ContainerList -Scope $scope -Name 'ContainerInclusionList'
                $exclusions = Get-ContainerList -Scope $scope -Name 'ContainerExclusionList'
                if ($null -ne $inclusions) { $partitionFacts.inclusions = $inclusions }
                if ($null -ne $exclusions) { $partitionFacts.exclusions = $exclusions }
                if (($null -eq $inclusions -or $null -eq $exclusions) -and -not $isScopeNoted) {
                    Add-Note -Field 'customizations.connectors.partitions' -Reason 'Get-ADSyncConnector reported no ConnectorPartitionScope.ContainerInclusionList / ContainerExclusionList (undocumented names) on this server: the OU filter is not known'
                    $isScopeNoted = $true
                }
                [void]$partitions.Add($partitionFacts)
            }
            $facts.partitions = @($partitions)
        }
        $facts
    }
}

function Get-SyncRuleFacts {
    param($Rules, $Connectors)
    $connectorNames = @{}
    foreach ($connector in @($Connectors)) {
        $id = [string](Get-PropertyValue -InputObject $connector -Name 'Identifier')
        if (-not [string]::IsNullOrEmpty($id)) {
            $connectorNames[$id.ToLowerInvariant()] = [string](Get-PropertyValue -InputObject $connector -Name 'Name')
        }
    }
    $all = @($Rules)
    if ($all.Count -gt $MaxSyncRules) {
        Add-Note -Field 'customizations.syncRules' -Reason ('the server has ' + $all.Count + ' sync rules; the first ' + $MaxSyncRules + ' are listed')
        $all = $all[0..($MaxSyncRules - 1)]
    }
    # Disabled standard rules by name: a custom rule of the same name is the Rules Editor's clone.
    $disabledStandardNames = @{}
    foreach ($rule in $all) {
        $tag = [string](Get-PropertyValue -InputObject $rule -Name 'ImmutableTag')
        if ($tag -clike 'Microsoft.*' -and (Get-PropertyValue -InputObject $rule -Name 'Disabled') -eq $true) {
            $disabledStandardNames[[string](Get-PropertyValue -InputObject $rule -Name 'Name')] = $true
        }
    }
    $isStandardNoted = $false
    foreach ($rule in $all) {
        $name = [string](Get-PropertyValue -InputObject $rule -Name 'Name')
        $facts = [ordered]@{ name = $name }
        $identifier = Get-PropertyValue -InputObject $rule -Name 'Identifier'
        if ($null -ne $identifier) { $facts.identifier = [string]$identifier }
        $direction = [string](Get-PropertyValue -InputObject $rule -Name 'Direction')
        if ($direction -in @('Inbound', 'Outbound')) { $facts.direction = $direction }
        $precedence = Get-PropertyValue -InputObject $rule -Name 'Precedence'
        if ($null -ne $precedence) { $facts.precedence = [int]$precedence }
        $connectorId = [string](Get-PropertyValue -InputObject $rule -Name 'Connector')
        if (-not [string]::IsNullOrEmpty($connectorId)) {
            $connectorName = $connectorNames[$connectorId.ToLowerInvariant()]
            $facts.connector = $(if ([string]::IsNullOrEmpty($connectorName)) { $connectorId } else { $connectorName })
        }
        $tagProperty = $rule.PSObject.Properties['ImmutableTag']
        if ($null -ne $tagProperty) {
            # Present but empty is a known "no tag" (a custom rule); absent stays unknown.
            $facts.immutableTag = [string]$tagProperty.Value
        }
        $isStandard = Get-PropertyValue -InputObject $rule -Name 'IsStandardRule'
        if ($null -ne $isStandard) {
            $facts.isStandardRule = [bool]$isStandard
        }
        elseif (-not $isStandardNoted) {
            Add-Note -Field 'customizations.syncRules.isStandardRule' -Reason 'Get-ADSyncRule reported no IsStandardRule (an undocumented property) on this server: standard rules are told by their Microsoft. tag'
            $isStandardNoted = $true
        }
        $disabled = Get-PropertyValue -InputObject $rule -Name 'Disabled'
        if ($null -ne $disabled) { $facts.disabled = [bool]$disabled }
        $tag = [string](Get-PropertyValue -InputObject $rule -Name 'ImmutableTag')
        if ($tag -cnotlike 'Microsoft.*' -and $null -ne $tagProperty) {
            $facts.cloneOfDisabledStandard = $disabledStandardNames.ContainsKey($name)
        }
        $facts
    }
}

function Test-StandardSyncRule {
    # True for an out-of-box rule: its ImmutableTag starts with "Microsoft." (case-sensitive, as the app reads it).
    param($Rule)
    $tagProperty = $Rule.PSObject.Properties['ImmutableTag']
    if ($null -ne $tagProperty) {
        return ([string]$tagProperty.Value) -clike 'Microsoft.*'
    }
    $isStandard = Get-PropertyValue -InputObject $Rule -Name 'IsStandardRule'
    return ($null -ne $isStandard) -and [bool]$isStandard
}

function Format-UtcTime {
    param([DateTime]$Time)
    return $Time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", [System.Globalization.CultureInfo]::InvariantCulture)
}

function Get-ExportedSettingsFacts {
    # The newest Applied-SynchronizationPolicy-*.json the wizard wrote, and the custom rules it lists.
    param([string]$Folder)
    try {
        $files = @(Read-DirectoryFiles -Path $Folder -Filter 'Applied-SynchronizationPolicy-*.json')
    }
    catch {
        Add-Note -Field 'customizations.exportedSettings' -Reason ($Folder + ' could not be read: ' + $_.Exception.Message)
        return $null
    }
    $facts = [ordered]@{ fileCount = @($files).Count }
    $newest = $null
    foreach ($file in @($files)) {
        if ($null -eq $newest -or $file.LastWriteTimeUtc -gt $newest.LastWriteTimeUtc) {
            $newest = $file
        }
    }
    if ($null -eq $newest) {
        Add-Note -Field 'customizations.exportedSettings' -Reason ('no Applied-SynchronizationPolicy-*.json in ' + $Folder + ': the wizard has not exported the settings (run MigrateSettings.ps1 on builds before 1.5.42.0)')
        return $facts
    }
    $facts.newestFile = [string]$newest.Name
    $facts.exportedAt = Format-UtcTime -Time $newest.LastWriteTimeUtc
    $text = Invoke-Guarded -Field 'customizations.exportedSettings.customRules' -Read { Read-TextFile -Path $newest.FullName }
    if ([string]::IsNullOrWhiteSpace($text)) {
        return $facts
    }
    $policy = Invoke-Guarded -Field 'customizations.exportedSettings.customRules' -Read { $text | ConvertFrom-Json }
    $directories = Get-PropertyValue -InputObject $policy -Name 'onpremisesDirectoryPolicy'
    if ($null -eq $directories) {
        Add-Note -Field 'customizations.exportedSettings.customRules' -Reason ($newest.Name + ' has no onpremisesDirectoryPolicy (the file format is not documented)')
        return $facts
    }
    $customRules = New-Object System.Collections.ArrayList
    foreach ($directory in @($directories)) {
        foreach ($rule in @(Get-PropertyValue -InputObject $directory -Name 'customSynchronizationRules')) {
            if ($null -ne $rule -and $customRules.Count -lt $MaxSyncRules) {
                $entry = [ordered]@{ name = [string](Get-PropertyValue -InputObject $rule -Name 'name') }
                $id = Get-PropertyValue -InputObject $rule -Name 'uniqueIdentifier'
                if ($null -ne $id) { $entry.identifier = [string]$id }
                [void]$customRules.Add($entry)
            }
        }
    }
    $facts.customRules = @($customRules)
    return $facts
}

function Get-MiiserverConfigFacts {
    # miiserver.exe.config: edited after install, the FIPS switch, the DiagnosticSource redirect, a proxy.
    param([string]$Path)
    $times = Invoke-Guarded -Field 'customizations.miiserverConfig' -Read { Read-FileTimes -Path $Path }
    if ($null -eq $times) {
        Add-Note -Field 'customizations.miiserverConfig' -Reason ($Path + ' was not found')
        return $null
    }
    $facts = [ordered]@{}
    # Windows Installer treats an unversioned file written after it was created as the user's.
    $facts.modifiedAfterInstall = (($times.LastWriteTimeUtc - $times.CreationTimeUtc).TotalSeconds -gt 2)
    $text = Invoke-Guarded -Field 'customizations.miiserverConfig' -Read { Read-TextFile -Path $Path }
    $xml = $null
    if (-not [string]::IsNullOrWhiteSpace($text)) {
        try {
            $xml = [xml]$text
        }
        catch {
            $xml = $null
        }
    }
    if ($null -eq $xml) {
        Add-Note -Field 'customizations.miiserverConfig.enforceFipsPolicy' -Reason ($Path + ' could not be parsed as XML')
        return $facts
    }
    $fips = $xml.SelectSingleNode("/configuration/runtime/*[local-name()='enforceFIPSPolicy']")
    if ($null -ne $fips) {
        $facts.enforceFipsPolicy = ([string]$fips.GetAttribute('enabled') -ne 'false')
    }
    else {
        $facts.enforceFipsPolicy = $null
    }
    $redirect = $xml.SelectSingleNode("//*[local-name()='dependentAssembly'][*[local-name()='assemblyIdentity'][@name='System.Diagnostics.DiagnosticSource']]/*[local-name()='bindingRedirect']")
    $facts.hasDiagnosticSourceRedirect = ($null -ne $redirect)
    if ($null -ne $redirect) {
        $facts.diagnosticSourceRedirectVersion = [string]$redirect.GetAttribute('newVersion')
    }
    $facts.hasProxy = ($null -ne $xml.SelectSingleNode("/configuration/*[local-name()='system.net']/*[local-name()='defaultProxy']"))
    return $facts
}

function Get-ServiceAccountFacts {
    # The ADSync service's StartName: NT SERVICE\ADSync is the virtual account; a trailing $ a managed one.
    $service = Invoke-Guarded -Field 'customizations.serviceAccount' -Read { Read-CimInstance -ClassName Win32_Service -Filter "Name='ADSync'" }
    $startName = [string](Get-PropertyValue -InputObject $service -Name 'StartName')
    if ([string]::IsNullOrWhiteSpace($startName)) {
        Add-Note -Field 'customizations.serviceAccount' -Reason 'the ADSync service or its StartName was not found'
        return $null
    }
    $type = 'user'
    if ($startName -eq 'NT SERVICE\ADSync') { $type = 'virtual' }
    elseif ($startName.EndsWith('$')) { $type = 'managed' }
    return [ordered]@{ startName = $startName; type = $type }
}

function Get-ServerFqdn {
    # Win32_ComputerSystem's DNSHostName and Domain (the DNS domain when PartOfDomain is true; a
    # workgroup's name otherwise): https://learn.microsoft.com/windows/win32/cimwin32prov/win32-computersystem
    param($Computer)
    $hostName = [string](Get-PropertyValue -InputObject $Computer -Name 'DNSHostName')
    if ([string]::IsNullOrWhiteSpace($hostName)) {
        $hostName = [string](Get-PropertyValue -InputObject $Computer -Name 'Name')
    }
    $domainName = [string](Get-PropertyValue -InputObject $Computer -Name 'Domain')
    if ((Get-PropertyValue -InputObject $Computer -Name 'PartOfDomain') -ne $true) {
        Add-Note -Field 'server.fqdn' -Reason 'the server is not joined to a domain: it has no fully qualified domain name'
        return $null
    }
    if ([string]::IsNullOrWhiteSpace($hostName) -or [string]::IsNullOrWhiteSpace($domainName)) {
        Add-Note -Field 'server.fqdn' -Reason 'Win32_ComputerSystem reported no DNSHostName or Domain on this server'
        return $null
    }
    return ($hostName + '.' + $domainName).ToLowerInvariant()
}

function Get-TenantFromConnectors {
    # The installation wizard names the Entra connector after the tenant's initial domain
    # ("contoso.onmicrosoft.com - AAD"). The name is the only local, read-only place the tenant shows.
    param($Connectors)
    $entra = @(@($Connectors) | Where-Object { [string](Get-PropertyValue -InputObject $_ -Name 'Name') -match '^([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+) - AAD$' })
    if ($entra.Count -ne 1) {
        Add-Note -Field 'connect.tenant' -Reason ('the server has ' + $entra.Count + " connectors named '<tenant> - AAD': the tenant is not known")
        return $null
    }
    return ([string](Get-PropertyValue -InputObject $entra[0] -Name 'Name') -replace ' - AAD$', '').ToLowerInvariant()
}

# --- Server -------------------------------------------------------------------------------------

$server = [ordered]@{ name = $env:COMPUTERNAME }

$computer = Invoke-Guarded -Field 'server.domainJoined' -Read { Read-CimInstance -ClassName Win32_ComputerSystem }
if ($null -ne $computer) {
    $partOfDomain = Get-ReportedProperty -InputObject $computer -Name 'PartOfDomain' -Field 'server.domainJoined' -Source 'Win32_ComputerSystem'
    if ($null -ne $partOfDomain) {
        $server.domainJoined = [bool]$partOfDomain
    }
    # DomainRole 4 and 5 are backup and primary domain controllers.
    $domainRole = Get-ReportedProperty -InputObject $computer -Name 'DomainRole' -Field 'server.isDomainController' -Source 'Win32_ComputerSystem'
    if ($null -ne $domainRole) {
        $server.isDomainController = ([int]$domainRole -ge 4)
    }
    $memory = Get-ReportedProperty -InputObject $computer -Name 'TotalPhysicalMemory' -Field 'server.memoryGb' -Source 'Win32_ComputerSystem'
    if ($null -ne $memory) {
        $server.memoryGb = [math]::Round([double]$memory / $BytesPerGb, 1)
    }
    $fqdn = Get-ServerFqdn -Computer $computer
    if ($null -ne $fqdn) {
        $server.fqdn = $fqdn
    }
}
else {
    Add-Note -Field 'server.fqdn' -Reason 'Win32_ComputerSystem could not be read: the fully qualified name is not known'
}

$os = Invoke-Guarded -Field 'server.os' -Read { Read-CimInstance -ClassName Win32_OperatingSystem }
if ($null -ne $os) {
    $osInfo = [ordered]@{}
    $caption = Get-ReportedProperty -InputObject $os -Name 'Caption' -Field 'server.os.caption' -Source 'Win32_OperatingSystem'
    if ($null -ne $caption) {
        $osInfo.caption = [string]$caption
    }
    $buildNumber = Get-ReportedProperty -InputObject $os -Name 'BuildNumber' -Field 'server.os.build' -Source 'Win32_OperatingSystem'
    if ($null -ne $buildNumber) {
        $osInfo.build = [int]$buildNumber
    }
    $installationType = Get-RegistryValue -Field 'server.os.installationType' -Path 'SOFTWARE\Microsoft\Windows NT\CurrentVersion' -Name 'InstallationType'
    if ($installationType -eq 'Server' -or $installationType -eq 'Server Core') {
        $osInfo.installationType = [string]$installationType
    }
    else {
        Add-Note -Field 'server.os.installationType' -Reason ("InstallationType is '" + $installationType + "', not a Windows Server installation type")
    }
    $server.os = $osInfo
    $systemDriveName = Get-ReportedProperty -InputObject $os -Name 'SystemDrive' -Field 'server.freeDiskGb' -Source 'Win32_OperatingSystem'
    if ($null -ne $systemDriveName) {
        $systemDrive = Invoke-Guarded -Field 'server.freeDiskGb' -Read {
            Read-CimInstance -ClassName Win32_LogicalDisk -Filter ("DeviceID='" + $systemDriveName + "'")
        }
        $freeSpace = Get-PropertyValue -InputObject $systemDrive -Name 'FreeSpace'
        if ($null -ne $freeSpace) {
            $server.freeDiskGb = [math]::Round([double]$freeSpace / $BytesPerGb, 1)
        }
    }
}

# --- Entra Connect ------------------------------------------------------------------------------

$connect = [ordered]@{}
$customizations = [ordered]@{}
$hasAdSync = $false
try {
    Import-Module -Name ADSync -ErrorAction Stop
    $hasAdSync = $true
}
catch {
    Add-Note -Field 'connect' -Reason 'the ADSync module is not available: is Entra Connect Sync installed on this server, and is this an elevated Windows PowerShell?'
}

# The 64-bit Program Files even from a 32-bit PowerShell, where $env:ProgramFiles is "Program Files (x86)".
$programFiles = $(if ([string]::IsNullOrEmpty($env:ProgramW6432)) { $env:ProgramFiles } else { $env:ProgramW6432 })
# The first is where Microsoft's Entra Connect troubleshooting articles run the wizard from; the
# second is the folder the version article names.
$connectExePaths = @(
    ($programFiles + '\Microsoft Azure Active Directory Connect\AzureADConnect.exe'),
    ($programFiles + '\Microsoft Azure AD Connect\AzureADConnect.exe')
)
$productVersion = $null
foreach ($connectExe in $connectExePaths) {
    if ([string]::IsNullOrWhiteSpace($productVersion)) {
        $productVersion = Invoke-Guarded -Field 'connect.version' -Read { Read-FileProductVersion -Path $connectExe }
    }
}
if ([string]::IsNullOrWhiteSpace($productVersion)) {
    $uninstallRoots = @('SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall', 'SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall')
    $productVersion = Invoke-Guarded -Field 'connect.version' -Read {
        foreach ($root in $uninstallRoots) {
            foreach ($subKey in @(Read-RegistrySubKeyNames -Path $root)) {
                $displayName = [string](Read-RegistryValue -Path ($root + '\' + $subKey) -Name 'DisplayName')
                if ($displayName -match '^Microsoft (Entra|Azure AD) Connect( Sync)?$') {
                    return [string](Read-RegistryValue -Path ($root + '\' + $subKey) -Name 'DisplayVersion')
                }
            }
        }
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
$azureInstance = Get-RegistryValue -Field 'connect.cloud' -Path 'SOFTWARE\Microsoft\Azure AD Connect' -Name 'AzureInstance'
if ($azureInstance -eq 4) {
    $connect.cloud = 'usgov'
}
else {
    Add-Note -Field 'connect.cloud' -Reason ("AzureInstance is '" + $azureInstance + "'; only 4 (US Government) is documented, so the cloud is left for you to answer")
}

if ($hasAdSync) {
    $parameters = Invoke-Guarded -Field 'connect.serverConfigurationVersion' -Read { Get-PropertyValue -InputObject (Get-ADSyncGlobalSettings) -Name 'Parameters' }
    $settings = @{}
    foreach ($parameter in @($parameters)) {
        $parameterName = Get-PropertyValue -InputObject $parameter -Name 'Name'
        if ($null -ne $parameterName) {
            $settings[[string]$parameterName] = [string](Get-PropertyValue -InputObject $parameter -Name 'Value')
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
        $schedulerFacts = [ordered]@{ syncCycleEnabled = 'SyncCycleEnabled'; stagingModeEnabled = 'StagingModeEnabled'; schedulerSuspended = 'SchedulerSuspended' }
        foreach ($fact in $schedulerFacts.Keys) {
            $value = Get-ReportedProperty -InputObject $scheduler -Name $schedulerFacts[$fact] -Field ('connect.' + $fact) -Source 'Get-ADSyncScheduler'
            if ($null -ne $value) {
                $connect[$fact] = [bool]$value
            }
        }
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
        $isLocalDb = Get-ReportedProperty -InputObject $database -Name 'IsLocalDBInstalled' -Field 'connect.database.kind' -Source 'Get-ADSyncDatabaseConfiguration'
        if ($null -ne $isLocalDb) {
            $databaseInfo.kind = $(if ([bool]$isLocalDb) { 'localdb' } else { 'sql' })
        }
        $usedSpace = Get-PropertyValue -InputObject $database -Name 'LocalDBUsedSpaceInMb'
        if ($null -ne $usedSpace) {
            $databaseInfo.localDbSizeMb = [double]$usedSpace
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
    if ($null -ne $credential) {
        $identityType = [string](Get-ReportedProperty -InputObject $credential -Name 'ConnectorIdentityType' -Field 'connect.connectorIdentityType' -Source 'Get-ADSyncEntraConnectorCredential')
        if ($identityType -in @('Application', 'ServiceAccount')) {
            $connect.connectorIdentityType = $identityType
        }
    }

    # Counted as customizations.syncRules is sorted: standard rules carry a "Microsoft." ImmutableTag;
    # every other rule is custom, an empty tag or one of the admin's own ("Contoso.*") alike. Without
    # the ImmutableTag property the undocumented IsStandardRule decides; with neither, it counts as custom.
    $rules = Invoke-Guarded -Field 'connect.customSyncRuleCount' -Read { Get-ADSyncRule }
    if ($null -ne $rules) {
        $connect.customSyncRuleCount = @($rules | Where-Object { -not (Test-StandardSyncRule -Rule $_) }).Count
    }

    $connectors = Invoke-Guarded -Field 'connect.forestCount' -Read { Get-ADSyncConnector }
    if ($null -ne $connectors) {
        $connect.forestCount = @($connectors | Where-Object { (Get-PropertyValue -InputObject $_ -Name 'ConnectorTypeName') -eq 'AD' }).Count
        $tenant = Get-TenantFromConnectors -Connectors $connectors
        if ($null -ne $tenant) {
            $connect.tenant = $tenant
        }
    }
    else {
        Add-Note -Field 'connect.tenant' -Reason 'Get-ADSyncConnector returned nothing: the tenant is not known'
    }

    $customizations.globalSettings = Get-GlobalSettingsFacts -Settings $settings
    if ($null -ne $connectors) {
        $customizations.connectors = @(Get-ConnectorFacts -Connectors $connectors)
    }
    else {
        Add-Note -Field 'customizations.connectors' -Reason 'Get-ADSyncConnector returned nothing'
    }
    if ($null -ne $rules) {
        $customizations.syncRules = @(Get-SyncRuleFacts -Rules $rules -Connectors $connectors)
    }
    else {
        Add-Note -Field 'customizations.syncRules' -Reason 'Get-ADSyncRule returned nothing'
    }
}
else {
    Add-Note -Field 'customizations.syncRules' -Reason 'the ADSync module is not available'
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

$exportFolder = $(if ([string]::IsNullOrEmpty($env:ProgramData)) { 'C:\ProgramData' } else { $env:ProgramData }) + '\AADConnect'
$exported = Get-ExportedSettingsFacts -Folder $exportFolder
if ($null -ne $exported) {
    $customizations.exportedSettings = $exported
}
$miiserverConfig = Get-MiiserverConfigFacts -Path ($programFiles + '\Microsoft Azure AD Sync\Bin\miiserver.exe.config')
if ($null -ne $miiserverConfig) {
    $customizations.miiserverConfig = $miiserverConfig
}
$serviceAccount = Get-ServiceAccountFacts
if ($null -ne $serviceAccount) {
    $customizations.serviceAccount = $serviceAccount
}

# --- .NET, PowerShell, TLS 1.2 ------------------------------------------------------------------

$dotnet = [ordered]@{}
$release = Get-RegistryValue -Field 'dotnet.release' -Path 'SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full' -Name 'Release'
if ($null -ne $release) {
    $dotnet.release = $release
}
else {
    Add-Note -Field 'dotnet.release' -Reason 'the .NET Framework 4 Full key has no Release value (.NET Framework 4.5 or later is not installed)'
}

$powershell = [ordered]@{ version = $PSVersionTable.PSVersion.ToString() }
$powershell.edition = $(if ($PSVersionTable.ContainsKey('PSEdition')) { [string]$PSVersionTable.PSEdition } else { 'Desktop' })

$netFx64 = 'SOFTWARE\Microsoft\.NETFramework\v4.0.30319'
$netFx32 = 'SOFTWARE\WOW6432Node\Microsoft\.NETFramework\v4.0.30319'
$schannel = 'SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2'
$tls12 = [ordered]@{
    netFx64        = [ordered]@{
        SystemDefaultTlsVersions = Get-RegistryValue -Field 'tls12.netFx64.SystemDefaultTlsVersions' -Path $netFx64 -Name 'SystemDefaultTlsVersions'
        SchUseStrongCrypto       = Get-RegistryValue -Field 'tls12.netFx64.SchUseStrongCrypto' -Path $netFx64 -Name 'SchUseStrongCrypto'
    }
    netFx32        = [ordered]@{
        SystemDefaultTlsVersions = Get-RegistryValue -Field 'tls12.netFx32.SystemDefaultTlsVersions' -Path $netFx32 -Name 'SystemDefaultTlsVersions'
        SchUseStrongCrypto       = Get-RegistryValue -Field 'tls12.netFx32.SchUseStrongCrypto' -Path $netFx32 -Name 'SchUseStrongCrypto'
    }
    schannelServer = [ordered]@{
        Enabled           = Get-RegistryValue -Field 'tls12.schannelServer.Enabled' -Path ($schannel + '\Server') -Name 'Enabled'
        DisabledByDefault = Get-RegistryValue -Field 'tls12.schannelServer.DisabledByDefault' -Path ($schannel + '\Server') -Name 'DisabledByDefault'
    }
    schannelClient = [ordered]@{
        Enabled           = Get-RegistryValue -Field 'tls12.schannelClient.Enabled' -Path ($schannel + '\Client') -Name 'Enabled'
        DisabledByDefault = Get-RegistryValue -Field 'tls12.schannelClient.DisabledByDefault' -Path ($schannel + '\Client') -Name 'DisabledByDefault'
    }
}

# --- Output ---------------------------------------------------------------------------------------

$document = [ordered]@{
    kind           = 'entra-connect-install-details'
    schemaVersion  = 1
    # ISO 8601 in UTC, in the invariant culture: the server's time separator and calendar (a Finnish
    # "10.04.00", a Thai year 2569) would make the file unreadable.
    collectedAt    = [DateTime]::UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", [System.Globalization.CultureInfo]::InvariantCulture)
    server         = $server
    connect        = $connect
    dotnet         = $dotnet
    powershell     = $powershell
    tls12          = $tls12
    customizations = $customizations
    collectorNotes = @($script:Notes)
}

$json = $document | ConvertTo-Json -Depth 10
if ([string]::IsNullOrWhiteSpace($OutFile)) {
    Write-Output $json
}
else {
    # A relative -OutFile is relative to PowerShell's current location ($PWD), not to .NET's working
    # directory (System32 in an elevated session).
    $OutFile = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutFile)
    # UTF-8 without a BOM; the only write this script makes.
    [System.IO.File]::WriteAllText($OutFile, $json, (New-Object System.Text.UTF8Encoding -ArgumentList $false))
    Write-Output ('Wrote ' + $OutFile)
}
