<#
    A stand-in for Entra Connect's ADSync module, for the collector's tests (Linux has no Entra
    Connect). Its cmdlets return what the fixture describes (collector-fixture.ps1), as objects with
    the real cmdlets' type and property names; a build that lacks a cmdlet does not export it, and a
    property a build lacks is simply absent from the fixture.

    The state comes from $global:FakeADSyncState (set by Invoke-Collector in the same session) or,
    for a separate pwsh process, from the JSON file named by $env:FAKE_ADSYNC_STATE.
#>
Set-StrictMode -Version Latest

$script:State = $global:FakeADSyncState
if ($null -eq $script:State -and -not [string]::IsNullOrEmpty($env:FAKE_ADSYNC_STATE)) {
    $script:State = Get-Content -Raw -LiteralPath $env:FAKE_ADSYNC_STATE | ConvertFrom-Json -AsHashtable
}
if ($null -eq $script:State) {
    throw 'The fake ADSync module has no state: set $global:FakeADSyncState or $env:FAKE_ADSYNC_STATE.'
}

# Type names in the real module's namespace; the collector reads properties only, never type names.
$script:TypeNames = @{
    GlobalSettings           = 'Microsoft.IdentityManagement.PowerShell.ObjectModel.GlobalSettings'
    Scheduler                = 'Microsoft.IdentityManagement.PowerShell.ObjectModel.SchedulerSettings'
    AutoUpgradeDetail        = 'Microsoft.IdentityManagement.PowerShell.ObjectModel.AutoUpgradeDetails'
    DatabaseConfiguration    = 'Microsoft.IdentityManagement.PowerShell.ObjectModel.DatabaseConfiguration'
    EntraConnectorCredential = 'Microsoft.IdentityManagement.PowerShell.ObjectModel.EntraConnectorCredential'
    Rules                    = 'Microsoft.IdentityManagement.PowerShell.ObjectModel.SynchronizationRule'
    Connectors               = 'Microsoft.IdentityManagement.PowerShell.ObjectModel.Connector'
}

function ConvertTo-FakeObject {
    # Dictionaries become objects (recursively), so a missing key is a missing property.
    param($Value, [string]$TypeName)
    if ($Value -is [System.Collections.IDictionary]) {
        $properties = [ordered]@{}
        foreach ($key in $Value.Keys) {
            $properties[[string]$key] = ConvertTo-FakeObject -Value $Value[$key]
        }
        $object = [pscustomobject]$properties
        if (-not [string]::IsNullOrEmpty($TypeName)) {
            $object.PSObject.TypeNames.Insert(0, $TypeName)
        }
        return $object
    }
    if ($Value -is [System.Collections.IList]) {
        return , @($Value | ForEach-Object { ConvertTo-FakeObject -Value $_ -TypeName $TypeName })
    }
    return $Value
}

function Invoke-FakeRead {
    # What one cmdlet returns: the fixture's value, or the failure the fixture asks for.
    param([string]$Command, [string]$Key)
    $failures = $script:State['Throws']
    if ($null -ne $failures -and $failures.Contains($Command)) {
        throw [System.UnauthorizedAccessException]::new([string]$failures[$Command])
    }
    return ConvertTo-FakeObject -Value $script:State[$Key] -TypeName $script:TypeNames[$Key]
}

function Get-ADSyncGlobalSettings { [CmdletBinding()] param() Invoke-FakeRead -Command 'Get-ADSyncGlobalSettings' -Key 'GlobalSettings' }
function Get-ADSyncScheduler { [CmdletBinding()] param() Invoke-FakeRead -Command 'Get-ADSyncScheduler' -Key 'Scheduler' }
function Get-ADSyncDatabaseConfiguration { [CmdletBinding()] param() Invoke-FakeRead -Command 'Get-ADSyncDatabaseConfiguration' -Key 'DatabaseConfiguration' }
function Get-ADSyncEntraConnectorCredential { [CmdletBinding()] param() Invoke-FakeRead -Command 'Get-ADSyncEntraConnectorCredential' -Key 'EntraConnectorCredential' }
function Get-ADSyncRule { [CmdletBinding()] param() Invoke-FakeRead -Command 'Get-ADSyncRule' -Key 'Rules' }
function Get-ADSyncConnector { [CmdletBinding()] param() Invoke-FakeRead -Command 'Get-ADSyncConnector' -Key 'Connectors' }

function Get-ADSyncAutoUpgrade {
    [CmdletBinding()]
    param([switch]$Detail)
    if ($Detail) {
        return Invoke-FakeRead -Command 'Get-ADSyncAutoUpgrade' -Key 'AutoUpgradeDetail'
    }
    return Invoke-FakeRead -Command 'Get-ADSyncAutoUpgrade' -Key 'AutoUpgrade'
}

# The cmdlets this build has (a 2.4.x build has no Get-ADSyncEntraConnectorCredential).
Export-ModuleMember -Function @($script:State['Commands'])
