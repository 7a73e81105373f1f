<#
    Re-records the customization fixtures under tests/fixtures/collector/ by running the real
    collector against the described servers of collector-fixture.ps1 (express, customized, 2.6.1.0
    with a modified miiserver.exe.config). Not part of the suite; run it after changing the collector:
        pwsh -NoProfile -File tests/build/collector/record-customization-fixtures.ps1 -PesterModule <path to Pester.psd1>
#>
param([Parameter(Mandatory = $true)][string]$PesterModule)

Import-Module -Name $PesterModule -Force
$container = New-PesterContainer -ScriptBlock {
    BeforeAll { . (Join-Path $PSScriptRoot 'collector-fixture.ps1') }
    Describe 'recording' {
        It 'writes <Name>' -ForEach @(
            @{ Name = 'express-default-collector-output.json'; Make = 'New-ExpressFixture'; Server = 'AADC-EXPRESS' }
            @{ Name = 'customized-collector-output.json'; Make = 'New-CustomizedFixture'; Server = 'AADC-CUSTOM' }
            @{ Name = 'modified-config-2-6-1-collector-output.json'; Make = 'New-ModifiedConfigFixture'; Server = 'AADC-FIPS' }
        ) {
            $fixture = & $Make
            $fixture.ComputerName = $Server
            $fixture.Cim.Win32_ComputerSystem.DNSHostName = $Server
            $target = Join-Path $PSScriptRoot ('../../fixtures/collector/' + $Name)
            Invoke-Collector -Fixture $fixture -OutFile $target | Out-Null
        }
    }
}
# The container runs from this folder, so $PSScriptRoot inside it is this script's folder.
$configuration = New-PesterConfiguration
$configuration.Run.Container = $container
$configuration.Run.Exit = $true
$configuration.Output.Verbosity = 'Normal'
Invoke-Pester -Configuration $configuration
