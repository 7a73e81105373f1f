<#
    A stand-in for Entra Connect's ADSync module, for the collector's tests (Linux has no Entra
    Connect). Its cmdlets return what the fixture describes (collector-fixture.ps1), as objects with
    the real cmdlets' type and property names; a build that lacks a cmdlet does not export it, and a
    property a build lacks is simply absent from the fixture.

    The state comes from $global:FakeADSyncState (set by Invoke-Collector in the same session) or,
    in a pwsh the app's collector runner starts, from New-CollectorFixture's healthy server when
    $env:FAKE_ADSYNC_FIXTURE is 'healthy' (tests/electron/main/services/collector-runner.live.test.ts).
#>
Set-StrictMode -Version Latest

$script:State = Get-Variable -Name FakeADSyncState -Scope Global -ValueOnly -ErrorAction Ignore
if ($null -eq $script:State -and $env:FAKE_ADSYNC_FIXTURE -eq 'healthy') {
    . (Join-Path $PSScriptRoot '../../collector-fixture.ps1')
    $script:State = (New-CollectorFixture).AdSync
}
if ($null -eq $script:State) {
    throw 'The fake ADSync module has no state: set $global:FakeADSyncState, or $env:FAKE_ADSYNC_FIXTURE to healthy.'
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
