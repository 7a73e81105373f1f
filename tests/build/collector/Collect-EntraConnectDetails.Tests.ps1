<#
    The real collector (build/collector/Collect-EntraConnectDetails.ps1) under Set-StrictMode -Version
    Latest, against described servers (collector-fixture.ps1), each output fed through the command
    line's `assess`. Run by `npm run test:collector` (tests/build/collector/run-collector-tests.ts).
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'collector-fixture.ps1')
    $script:AdSyncCommands = (New-CollectorFixture).AdSync.Commands
}

Describe 'a healthy 2.6.x server' {
    BeforeAll {
        $script:run = Invoke-Collector -Fixture (New-CollectorFixture) -OutFile (Join-Path $TestDrive 'healthy.json')
        $script:assessment = Invoke-Assess -Path $run.Path
        $script:findings = Get-FindingStatus -Assessment $assessment -Path $run.Path
    }

    It 'writes UTF-8 without a BOM and says where' {
        $run.Bytes[0] | Should -Be ([byte][char]'{')
        $run.Printed | Should -Be ('Wrote ' + $run.Path)
    }

    It 'collects every fact the server has' {
        $document = $run.Document
        $document.server.name | Should -Be 'AADC01'
        $document.server.fqdn | Should -Be 'aadc01.contoso.com'
        $document.connect.tenant | Should -Be 'contoso.onmicrosoft.com'
        $document.server.domainJoined | Should -BeTrue
        $document.server.isDomainController | Should -BeFalse
        $document.server.memoryGb | Should -Be 15.9
        $document.server.freeDiskGb | Should -Be 120.4
        $document.server.os.caption | Should -Be 'Microsoft Windows Server 2022 Standard'
        $document.server.os.build | Should -Be 20348
        $document.server.os.installationType | Should -Be 'Server'
        $document.connect.version | Should -Be '2.6.92.0'
        $document.connect.serverConfigurationVersion | Should -Be '2.6.92.0'
        $document.connect.connectorIdentityType | Should -Be 'Application'
        $document.connect.syncCycleEnabled | Should -BeTrue
        $document.connect.stagingModeEnabled | Should -BeFalse
        $document.connect.schedulerSuspended | Should -BeFalse
        $document.connect.autoUpgrade.state | Should -Be 'Enabled'
        $document.connect.database.kind | Should -Be 'localdb'
        $document.connect.database.localDbSizeMb | Should -Be 1250
        $document.connect.customSyncRuleCount | Should -Be 1
        $document.connect.forestCount | Should -Be 1
        $document.dotnet.release | Should -Be 533320
        $document.tls12.schannelServer.Enabled | Should -Be 1
    }

    It 'reads AzureADConnect.exe where Microsoft''s troubleshooting articles put it' {
        Should -Invoke Read-FileProductVersion -ParameterFilter { $Path -eq 'C:\Program Files\Microsoft Azure Active Directory Connect\AzureADConnect.exe' } -Scope Describe
    }

    It 'imports through assess: 2.6.92.0 meets the 2026 minimum' {
        $assessment.Code | Should -BeIn @(0, 1)
        $assessment.Document.errors | Should -HaveCount 0
        $findings['version/sync-stop-2026'] | Should -Be 'pass'
        $findings['version/app-auth-2027'] | Should -Be 'pass'
        $findings['staging/scheduler'] | Should -Be 'pass'
    }
}

Describe 'a 2.4.x server whose connector signs in with a service account' {
    BeforeAll {
        $fixture = New-CollectorFixture
        $fixture.Files.Values | ForEach-Object { $_.ProductVersion = '2.4.27.0' }
        ($fixture.AdSync.GlobalSettings.Parameters | Where-Object { $_.Name -eq 'Microsoft.Synchronize.ServerConfigurationVersion' }).Value = '2.4.27.0'
        # 2.4.x builds have no Get-ADSyncEntraConnectorCredential: it came with application-based authentication.
        $fixture.AdSync.Commands = @($fixture.AdSync.Commands | Where-Object { $_ -ne 'Get-ADSyncEntraConnectorCredential' })
        $fixture.AdSync.Remove('EntraConnectorCredential')
        $fixture.AdSync.AutoUpgrade = 'Suspended'
        $fixture.AdSync.AutoUpgradeDetail = @{ AutoUpgradeState = 'Suspended'; SuspensionReason = 'UpgradeNotSupportedCustomizedSyncRules' }
        $script:run = Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive 'v24.json')
        $script:assessment = Invoke-Assess -Path $run.Path
        $script:findings = Get-FindingStatus -Assessment $assessment -Path $run.Path
    }

    It 'reports the service account and the suspension reason' {
        $run.Document.connect.version | Should -Be '2.4.27.0'
        $run.Document.connect.connectorIdentityType | Should -Be 'ServiceAccount'
        $run.Document.connect.autoUpgrade.state | Should -Be 'Suspended'
        $run.Document.connect.autoUpgrade.suspensionReason | Should -Be 'UpgradeNotSupportedCustomizedSyncRules'
        $run.Document.collectorNotes.field | Should -Contain 'connect.connectorIdentityType'
    }

    It 'imports through assess: below 2.5.79.0, synchronization has stopped' {
        $assessment.Document.errors | Should -HaveCount 0
        $assessment.Code | Should -Be 1
        $findings['version/sync-stop-2026'] | Should -Be 'fail'
        $findings['version/app-auth-2027'] | Should -BeIn @('warn', 'fail')
        $findings['autoupgrade/state'] | Should -Not -Be 'unknown'
    }
}

Describe 'the ADSync module missing' {
    BeforeAll {
        $fixture = New-CollectorFixture
        $fixture.AdSync = $null
        $script:run = Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive 'no-adsync.json')
        $script:assessment = Invoke-Assess -Path $run.Path
        $script:findings = Get-FindingStatus -Assessment $assessment -Path $run.Path
    }

    It 'still writes what the server has, and says why the rest is missing' {
        $run.Document.connect.version | Should -Be '2.6.92.0'
        $run.Document.connect.Contains('syncCycleEnabled') | Should -BeFalse
        ($run.Document.collectorNotes | Where-Object { $_.field -eq 'connect' }).reason | Should -Match 'ADSync module is not available'
    }

    It 'imports through assess: what ADSync would have told is unknown' {
        $assessment.Document.errors | Should -HaveCount 0
        $findings['version/sync-stop-2026'] | Should -Be 'pass'
        $findings['staging/scheduler'] | Should -Be 'unknown'
        $findings['autoupgrade/state'] | Should -Be 'unknown'
    }
}

Describe 'not elevated: access denied' {
    BeforeAll {
        $fixture = New-CollectorFixture
        $fixture.AdSync.Throws = @{}
        foreach ($command in $fixture.AdSync.Commands) { $fixture.AdSync.Throws[$command] = 'Access is denied.' }
        $schannel = 'SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2'
        $fixture.Registry[$schannel + '\Server'] = New-AccessDenied -What "the registry key 'HKEY_LOCAL_MACHINE\$schannel\Server'"
        $fixture.Cim.Win32_LogicalDisk = New-AccessDenied -What 'Win32_LogicalDisk'
        $script:run = Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive 'not-elevated.json')
        $script:assessment = Invoke-Assess -Path $run.Path
        $script:findings = Get-FindingStatus -Assessment $assessment -Path $run.Path
    }

    It 'leaves the refused facts out, each with the reason' {
        $notes = @{}
        foreach ($note in $run.Document.collectorNotes) { $notes[$note.field] = $note.reason }
        $notes['connect.syncCycleEnabled'] | Should -Match 'Access is denied'
        $notes['connect.autoUpgrade.state'] | Should -Match 'Access is denied'
        $notes['tls12.schannelServer.Enabled'] | Should -Match 'is denied'
        $notes['server.freeDiskGb'] | Should -Match 'is denied'
        $run.Document.tls12.schannelServer.Enabled | Should -BeNullOrEmpty
        $run.Document.server.Contains('freeDiskGb') | Should -BeFalse
        $run.Document.connect.version | Should -Be '2.6.92.0'
    }

    It 'imports through assess with those facts unknown' {
        $assessment.Document.errors | Should -HaveCount 0
        $findings['staging/scheduler'] | Should -Be 'unknown'
        $findings['version/sync-stop-2026'] | Should -Be 'pass'
    }
}

Describe 'one read throwing' {
    BeforeAll {
        # Every ADSync cmdlet and every CIM class in turn; one assess over all the outputs.
        $script:cases = [ordered]@{}
        foreach ($command in $AdSyncCommands) {
            $fixture = New-CollectorFixture
            $fixture.AdSync.Throws = @{ $command = "$command failed: the sync service is not running." }
            $cases[$command] = Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive "$command.json")
        }
        foreach ($class in @('Win32_ComputerSystem', 'Win32_OperatingSystem', 'Win32_LogicalDisk')) {
            $fixture = New-CollectorFixture
            $fixture.Cim[$class] = [System.Runtime.InteropServices.COMException]::new("$class is not available.")
            $cases[$class] = Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive "$class.json")
        }
        $script:assessment = Invoke-Assess -Path @($cases.Values | ForEach-Object { $_.Path })
    }

    It '<_> throwing leaves a note and the rest of the document' -ForEach @(
        'Get-ADSyncGlobalSettings', 'Get-ADSyncScheduler', 'Get-ADSyncAutoUpgrade', 'Get-ADSyncDatabaseConfiguration',
        'Get-ADSyncEntraConnectorCredential', 'Get-ADSyncRule', 'Get-ADSyncConnector',
        'Win32_ComputerSystem', 'Win32_OperatingSystem', 'Win32_LogicalDisk'
    ) {
        $run = $cases[$_]
        ($run.Document.collectorNotes | Where-Object { $_.reason -match 'could not be read' }).reason | Should -Match ([regex]::Escape($_))
        $run.Document.connect.version | Should -Be '2.6.92.0'
        $run.Document.dotnet.release | Should -Be 533320
    }

    It 'every output imports through assess' {
        $assessment.Document.errors | Should -HaveCount 0
        $assessment.Document.servers | Should -HaveCount $cases.Count
        $scheduler = $cases['Get-ADSyncScheduler'].Path
        (Get-FindingStatus -Assessment $assessment -Path $scheduler)['staging/scheduler'] | Should -Be 'unknown'
        $credential = $cases['Get-ADSyncEntraConnectorCredential'].Path
        (Get-FindingStatus -Assessment $assessment -Path $credential)['version/app-auth-2027'] | Should -Not -Be 'pass'
    }
}

Describe 'a build whose objects lack properties' {
    BeforeAll {
        $fixture = New-CollectorFixture
        $fixture.Files = @{}
        $fixture.Registry['SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\{B5B2C0E0-0D26-4C8A-9C07-6E43C0E2F1A5}'] = @{ DisplayName = 'Microsoft Entra Connect Sync' }
        $fixture.AdSync.Scheduler.Remove('SchedulerSuspended')
        $fixture.AdSync.EntraConnectorCredential = @{ ApplicationId = '00000000-0000-0000-0000-000000000000' }
        $fixture.AdSync.DatabaseConfiguration.Remove('IsLocalDBInstalled')
        $fixture.AdSync.Rules[0].Remove('ImmutableTag')
        $fixture.AdSync.Connectors[0].Remove('ConnectorTypeName')
        $fixture.Cim.Win32_ComputerSystem.Remove('DomainRole')
        $script:run = Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive 'lacking.json')
        $script:assessment = Invoke-Assess -Path $run.Path
    }

    It 'writes the document, leaving out what the build lacks' {
        $connect = $run.Document.connect
        $connect.syncCycleEnabled | Should -BeTrue
        $connect.Contains('schedulerSuspended') | Should -BeFalse
        $connect.Contains('connectorIdentityType') | Should -BeFalse
        $connect.Contains('version') | Should -BeFalse
        $run.Document.server.Contains('isDomainController') | Should -BeFalse
        $run.Document.collectorNotes.field | Should -Contain 'connect.schedulerSuspended'
        $run.Document.collectorNotes.field | Should -Contain 'connect.connectorIdentityType'
        $run.Document.collectorNotes.field | Should -Contain 'connect.database.kind'
    }

    It 'imports through assess' {
        $assessment.Document.errors | Should -HaveCount 0
        (Get-FindingStatus -Assessment $assessment -Path $run.Path)['version/sync-stop-2026'] | Should -Be 'unknown'
    }
}

Describe 'what tells this server apart, when it cannot be read' {
    It 'a workgroup server has no FQDN: left out, with a note' {
        $fixture = New-CollectorFixture
        $fixture.Cim.Win32_ComputerSystem.PartOfDomain = $false
        $fixture.Cim.Win32_ComputerSystem.Domain = 'WORKGROUP'
        $document = (Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive 'workgroup.json')).Document
        $document.server.Contains('fqdn') | Should -BeFalse
        @($document.collectorNotes | Where-Object { $_.field -eq 'server.fqdn' }).reason | Should -Match 'not joined to a domain'
    }

    It 'no DNSHostName: the computer name and domain; no Domain either: a note' {
        $fixture = New-CollectorFixture
        $fixture.Cim.Win32_ComputerSystem.Remove('DNSHostName')
        (Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive 'name.json')).Document.server.fqdn | Should -Be 'aadc01.contoso.com'
        $fixture.Cim.Win32_ComputerSystem.Remove('Domain')
        $document = (Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive 'nodomain.json')).Document
        $document.server.Contains('fqdn') | Should -BeFalse
        $document.collectorNotes.field | Should -Contain 'server.fqdn'
    }

    It 'no connector named after the tenant ("contoso.onmicrosoft.com - AAD"): no tenant, with a note' {
        $fixture = New-CollectorFixture
        $fixture.AdSync.Connectors[1].Name = 'Entra ID'
        $document = (Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive 'notenant.json')).Document
        $document.connect.Contains('tenant') | Should -BeFalse
        @($document.collectorNotes | Where-Object { $_.field -eq 'connect.tenant' }).reason | Should -Match 'tenant is not known'
    }
}

Describe 'a REG_DWORD of 0xFFFFFFFF' {
    BeforeAll {
        $fixture = New-CollectorFixture
        # .NET returns a REG_DWORD as Int32: hardening tools that write 0xFFFFFFFF give -1.
        $schannel = 'SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2'
        $fixture.Registry[$schannel + '\Server'].Enabled = [int32]-1
        $fixture.Registry[$schannel + '\Client'].Enabled = [int32]-2147483648
        $script:run = Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive 'dword.json')
        $script:assessment = Invoke-Assess -Path $run.Path
    }

    It 'is written as the unsigned number regedit shows' {
        $run.Document.tls12.schannelServer.Enabled | Should -Be 4294967295
        $run.Document.tls12.schannelClient.Enabled | Should -Be 2147483648
    }

    It 'imports through assess: the file is not rejected' {
        $assessment.Code | Should -BeIn @(0, 1)
        $assessment.Document.errors | Should -HaveCount 0
        $tls = @($assessment.Document.servers[0].findings | Where-Object { $_.ruleId -eq 'prereq/tls12' })[0]
        $tls.status | Should -Not -Be 'unknown'
        $tls.evidence['tls12.schannelServer.Enabled'].value | Should -Be 4294967295
    }
}

Describe 'regional settings: <_>' -ForEach @('fi-FI', 'th-TH') {
    BeforeAll {
        $fixture = New-CollectorFixture
        $fixture.Culture = $_
        $script:run = Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive "$_.json")
        $script:assessment = Invoke-Assess -Path $run.Path
    }

    It 'writes collectedAt as ISO 8601 UTC in the Gregorian calendar' {
        # ConvertFrom-Json would turn the date into a DateTime: read the raw text.
        $text = [System.Text.Encoding]::UTF8.GetString($run.Bytes)
        $match = [regex]::Match($text, '"collectedAt":\s*"([^"]*)"')
        $match.Groups[1].Value | Should -Match '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$'
        [int]$match.Groups[1].Value.Substring(0, 4) | Should -Be ([DateTime]::UtcNow.Year)
        $text | Should -Match '"memoryGb":\s*15\.9\b'
    }

    It 'imports through assess' {
        $assessment.Document.errors | Should -HaveCount 0
        (Get-FindingStatus -Assessment $assessment -Path $run.Path)['version/sync-stop-2026'] | Should -Be 'pass'
    }
}

Describe 'a relative -OutFile' {
    It 'is written under the current location, not .NET''s working directory' {
        $location = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'location')
        $dotnetDirectory = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'dotnet-cwd')
        $savedDirectory = [Environment]::CurrentDirectory
        Push-Location -LiteralPath $location.FullName
        try {
            # An elevated Windows PowerShell starts with .NET's working directory in System32.
            [Environment]::CurrentDirectory = $dotnetDirectory.FullName
            $run = Invoke-Collector -Fixture (New-CollectorFixture) -OutFile 'AADC01.json'
        }
        finally {
            Pop-Location
            [Environment]::CurrentDirectory = $savedDirectory
        }
        $run.Path | Should -Be (Join-Path $location.FullName 'AADC01.json')
        Test-Path -LiteralPath (Join-Path $dotnetDirectory.FullName 'AADC01.json') | Should -BeFalse
        $run.Printed | Should -Be ('Wrote ' + $run.Path)
        $assessment = Invoke-Assess -Path $run.Path
        $assessment.Document.errors | Should -HaveCount 0
    }
}

Describe '32-bit Windows PowerShell on 64-bit Windows' {
    It 'finds AzureADConnect.exe in the 64-bit Program Files' {
        $fixture = New-CollectorFixture
        $fixture.Environment = @{ ProgramFiles = 'C:\Program Files (x86)'; ProgramW6432 = 'C:\Program Files' }
        $run = Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive 'x86.json')
        $run.Document.connect.version | Should -Be '2.6.92.0'
        $assessment = Invoke-Assess -Path $run.Path
        (Get-FindingStatus -Assessment $assessment -Path $run.Path)['version/sync-stop-2026'] | Should -Be 'pass'
    }
}
