<#
    The collector's PowerShell suite, as `npm run test:collector` runs it (through
    run-collector-tests.ts): the Windows PowerShell 5.1 check over the collector, then every Pester
    file in this folder. Exits 1 when either fails.
#>
param([Parameter(Mandatory = $true)][string]$PesterModule)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$collector = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../../../build/collector/Collect-EntraConnectDetails.ps1') -Relative)
& (Join-Path $PSScriptRoot 'windows-powershell-51-check.ps1') -Path $collector
$checkPassed = $LASTEXITCODE -eq 0

Import-Module -Name $PesterModule -Force
$configuration = New-PesterConfiguration
$configuration.Run.Path = $PSScriptRoot
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Normal'
$result = Invoke-Pester -Configuration $configuration

Write-Output ("Collector suite: Pester {0}: {1} passed, {2} failed; Windows PowerShell 5.1 check {3}." -f
    (Get-Module -Name Pester).Version, $result.PassedCount, $result.FailedCount, $(if ($checkPassed) { 'passed' } else { 'FAILED' }))
if (-not $checkPassed -or $result.Result -ne 'Passed') {
    exit 1
}
