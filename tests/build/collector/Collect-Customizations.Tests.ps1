<#
    The collector's customization reads (sync rules, connectors and their OU filter, global
    settings, the newest exported settings, miiserver.exe.config, the service account), run for real
    against described servers (collector-fixture.ps1), with and without the undocumented property
    names some builds lack.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'collector-fixture.ps1')

    function Get-Note {
        param($Document, [string]$Field)
        return @($Document.collectorNotes | Where-Object { $_.field -eq $Field })
    }
}

Describe 'customizations of a default server' {
    BeforeAll {
        $script:run = Invoke-Collector -Fixture (New-CollectorFixture) -OutFile (Join-Path $TestDrive 'default.json')
        $script:custom = $run.Document.customizations
    }

    It 'lists each sync rule with its direction, precedence, connector name and kind' {
        $custom.syncRules | Should -HaveCount 3
        $join = $custom.syncRules[0]
        $join.name | Should -Be 'In from AD - User Join'
        $join.direction | Should -Be 'Inbound'
        $join.precedence | Should -Be 100
        $join.connector | Should -Be 'contoso.com'
        $join.immutableTag | Should -Be 'Microsoft.InfromADUserJoin.003'
        $join.isStandardRule | Should -BeTrue
        $join.disabled | Should -BeFalse
        $join.Contains('cloneOfDisabledStandard') | Should -BeFalse
        $filter = $custom.syncRules[2]
        $filter.immutableTag | Should -Be ''
        $filter.isStandardRule | Should -BeFalse
        $filter.cloneOfDisabledStandard | Should -BeExactly $false
        $custom.syncRules[1].connector | Should -Be 'contoso.onmicrosoft.com - AAD'
    }

    It 'reads the AD connector''s account and partition filter' {
        $ad = $custom.connectors[0]
        $ad.type | Should -Be 'AD'
        $ad.account | Should -Be 'contoso.com\MSOL_1a2b3c4d5e6f'
        $ad.partitions[0].name | Should -Be 'DC=contoso,DC=com'
        $ad.partitions[0].selected | Should -BeTrue
        $ad.partitions[0].inclusions | Should -Be @('DC=contoso,DC=com')
        @($ad.partitions[0].exclusions) | Should -HaveCount 0
        $custom.connectors[1].Contains('partitions') | Should -BeFalse
    }

    It 'reads the global settings' {
        $custom.globalSettings.groupFiltering | Should -BeFalse
        $custom.globalSettings.upnAttribute | Should -Be 'userPrincipalName'
        $custom.globalSettings.exportDeletionThresholdEnabled | Should -BeTrue
        $custom.globalSettings.exportDeletionThreshold | Should -Be 500
    }

    It 'reads the newest exported settings, an untouched miiserver.exe.config and the virtual service account' {
        $custom.exportedSettings.fileCount | Should -Be 1
        # ConvertFrom-Json turns the time into a DateTime: look at the written text.
        [System.Text.Encoding]::UTF8.GetString($run.Bytes) | Should -Match '"exportedAt":\s*"2026-09-20T08:19:00Z"'
        $custom.exportedSettings.customRules[0].name | Should -Be 'In from AD - User Custom Filter'
        $custom.miiserverConfig.modifiedAfterInstall | Should -BeFalse
        $custom.miiserverConfig.enforceFipsPolicy | Should -BeNullOrEmpty
        $custom.miiserverConfig.hasDiagnosticSourceRedirect | Should -BeTrue
        $custom.miiserverConfig.diagnosticSourceRedirectVersion | Should -Be '8.0.0.0'
        $custom.miiserverConfig.hasProxy | Should -BeFalse
        $custom.serviceAccount.startName | Should -Be 'NT SERVICE\ADSync'
        $custom.serviceAccount.type | Should -Be 'virtual'
    }

    It 'leaves no customization note but the admin-group one (no ActiveDirectory module on this server)' {
        $notes = @($run.Document.collectorNotes | Where-Object { $_.field -like 'customizations*' })
        $notes | Should -HaveCount 1
        $notes[0].field | Should -Be 'customizations.connectors.accountAdminGroups'
        $notes[0].reason | Should -Match 'ActiveDirectory PowerShell module is not installed'
        $custom.connectors[0].Contains('accountAdminGroups') | Should -BeFalse
    }
}

Describe 'customizations of a customized server' {
    BeforeAll {
        $script:run = Invoke-Collector -Fixture (New-CustomizedFixture) -OutFile (Join-Path $TestDrive 'customized.json')
        $script:custom = $run.Document.customizations
    }

    It 'tells the cloned join rule from its disabled standard rule' {
        $joins = @($custom.syncRules | Where-Object { $_.name -eq 'In from AD - User Join' })
        $joins | Should -HaveCount 2
        $joins[0].disabled | Should -BeTrue
        $joins[0].isStandardRule | Should -BeTrue
        $joins[1].cloneOfDisabledStandard | Should -BeTrue
        $joins[1].precedence | Should -Be 99
        @($custom.syncRules | Where-Object { $_['cloneOfDisabledStandard'] -eq $true }) | Should -HaveCount 1
        @($custom.syncRules | Where-Object { $_['isStandardRule'] -eq $false }) | Should -HaveCount 6
    }

    It 'counts the custom rules as the rule list sorts them, the one with its own tag too' {
        $run.Document.connect.customSyncRuleCount | Should -Be 6
        $run.Document.connect.customSyncRuleCount | Should -Be @($custom.syncRules | Where-Object { -not ([string]$_.immutableTag).StartsWith('Microsoft.') }).Count
    }

    It 'keeps a custom rule''s own tag' {
        ($custom.syncRules | Where-Object { $_.name -eq 'In from AD - Group mail nickname' }).immutableTag | Should -Be 'Contoso.InfromADGroupMailNickname.001'
    }

    It 'reads the OU inclusions and exclusions' {
        $custom.connectors[0].partitions[0].inclusions | Should -HaveCount 3
        $custom.connectors[0].partitions[0].exclusions | Should -Be @('OU=Disabled,OU=Staff,DC=contoso,DC=com')
    }

    It 'picks the newest of two exported settings files' {
        $custom.exportedSettings.fileCount | Should -Be 2
        $custom.exportedSettings.newestFile | Should -Be 'Applied-SynchronizationPolicy-2026-01-14-170500.json'
        $custom.exportedSettings.customRules | Should -HaveCount 5
    }

    It 'imports through assess, where each route''s customization findings follow' {
        $findings = Get-FindingStatus -Assessment (Invoke-Assess -Path $run.Path) -Path $run.Path
        $findings['customizations/disabled-standard-rule'] | Should -Be 'warn'
        $findings['customizations/custom-rule-precedence'] | Should -Be 'info'
        $findings['customizations/exported-settings'] | Should -Be 'info'
        $findings['customizations/miiserver-config'] | Should -Be 'warn'
        $findings['customizations/cloud-sync-tool'] | Should -Be 'fail'
        $findings['customizations/service-account'] | Should -Be 'pass'
    }

    It 'sees FIPS turned off in a miiserver.exe.config edited after install, and a managed service account' {
        $custom.miiserverConfig.modifiedAfterInstall | Should -BeTrue
        $custom.miiserverConfig.enforceFipsPolicy | Should -BeFalse
        $custom.serviceAccount.type | Should -Be 'managed'
    }
}

Describe 'customizations without the undocumented property names' {
    BeforeAll {
        $fixture = New-CollectorFixture
        $ad = $script:AdConnectorId
        $fixture.AdSync.Rules = @(
            (New-FakeRule -Name 'In from AD - User Join' -Tag 'Microsoft.InfromADUserJoin.003' -Precedence 100 -Connector $ad -Disabled -WithoutStandardFlag)
            (New-FakeRule -Name 'In from AD - User Join' -Precedence 90 -Connector $ad -WithoutStandardFlag)
        )
        $fixture.AdSync.Connectors[0].Remove('ConnectivityParameters')
        $fixture.AdSync.Connectors[0].Partitions = @(@{ Name = 'DC=contoso,DC=com'; Selected = $true })
        $fixture.Files['C:\ProgramData\AADConnect\Applied-SynchronizationPolicy-2026-09-20-081900.json'].Text = '{ "policy": [] }'
        $script:run = Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive 'bare.json')
        $script:custom = $run.Document.customizations
    }

    It 'still tells standard from custom by the Microsoft. tag, and notes the missing IsStandardRule once' {
        $custom.syncRules[0].Contains('isStandardRule') | Should -BeFalse
        $custom.syncRules[1].cloneOfDisabledStandard | Should -BeTrue
        Get-Note -Document $run.Document -Field 'customizations.syncRules.isStandardRule' | Should -HaveCount 1
    }

    It 'leaves the OU filter and the account out, with a note' {
        $partition = $custom.connectors[0].partitions[0]
        $partition.Contains('inclusions') | Should -BeFalse
        $partition.Contains('exclusions') | Should -BeFalse
        $custom.connectors[0].Contains('account') | Should -BeFalse
        Get-Note -Document $run.Document -Field 'customizations.connectors.partitions' | Should -HaveCount 1
    }

    It 'keeps the exported file''s name and time when it has no onpremisesDirectoryPolicy' {
        $custom.exportedSettings.newestFile | Should -Be 'Applied-SynchronizationPolicy-2026-09-20-081900.json'
        $custom.exportedSettings.Contains('customRules') | Should -BeFalse
        Get-Note -Document $run.Document -Field 'customizations.exportedSettings.customRules' | Should -HaveCount 1
    }
}

Describe 'customizations that cannot be read' {
    BeforeAll {
        $fixture = New-CollectorFixture
        foreach ($parameter in @($fixture.AdSync.GlobalSettings.Parameters)) {
            if ($parameter.Name -like 'Microsoft.OptionalFeature.ExportDeletionThreshold*' -or $parameter.Name -eq 'Microsoft.SynchronizationOption.UPNAttribute') { $parameter.Value = '' }
        }
        $fixture.Files.Remove('C:\Program Files\Microsoft Azure AD Sync\Bin\miiserver.exe.config')
        $fixture.Files.Remove('C:\ProgramData\AADConnect\Applied-SynchronizationPolicy-2026-09-20-081900.json')
        $fixture.Cim.Win32_Service = New-AccessDenied -What 'Win32_Service'
        $fixture.AdSync.Throws['Get-ADSyncRule'] = 'Access is denied.'
        $script:run = Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive 'unreadable.json')
        $script:custom = $run.Document.customizations
    }

    It 'writes a note for each missing fact, and no guess' {
        $custom.Contains('syncRules') | Should -BeFalse
        $custom.Contains('miiserverConfig') | Should -BeFalse
        $custom.Contains('serviceAccount') | Should -BeFalse
        $custom.globalSettings.Contains('exportDeletionThreshold') | Should -BeFalse
        $custom.globalSettings.Contains('upnAttribute') | Should -BeFalse
        foreach ($field in @('customizations.syncRules', 'customizations.miiserverConfig', 'customizations.serviceAccount',
                'customizations.globalSettings.exportDeletionThreshold', 'customizations.globalSettings.upnAttribute', 'customizations.exportedSettings')) {
            Get-Note -Document $run.Document -Field $field | Should -Not -HaveCount 0 -Because $field
        }
    }

    It 'says no settings export exists (0 files) rather than leaving it unknown' {
        $custom.exportedSettings.fileCount | Should -Be 0
    }

    It 'says a config that is not XML could not be parsed' {
        $fixture = New-CollectorFixture
        $fixture.Files['C:\Program Files\Microsoft Azure AD Sync\Bin\miiserver.exe.config'].Text = '<configuration><runtime>'
        $broken = Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive 'broken.json')
        $broken.Document.customizations.miiserverConfig.modifiedAfterInstall | Should -BeFalse
        $broken.Document.customizations.miiserverConfig.Contains('enforceFipsPolicy') | Should -BeFalse
        Get-Note -Document $broken.Document -Field 'customizations.miiserverConfig.enforceFipsPolicy' | Should -HaveCount 1
    }
}

Describe 'the AD DS connector account''s admin groups' {
    It 'reads none when the account is in neither group (the ActiveDirectory module present)' {
        $fixture = New-CollectorFixture
        $fixture.ActiveDirectory = @{ TokenGroups = @{ 'MSOL_1a2b3c4d5e6f' = @('S-1-5-21-1-2-3-513', 'S-1-5-32-545') } }
        $run = Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive 'least.json')
        $ad = $run.Document.customizations.connectors[0]
        $ad.Contains('accountAdminGroups') | Should -BeTrue
        @($ad.accountAdminGroups) | Should -HaveCount 0
        Get-Note -Document $run.Document -Field 'customizations.connectors.accountAdminGroups' | Should -HaveCount 0
    }

    It 'names Domain Admins and Enterprise Admins, nested ones too (tokenGroups)' {
        $fixture = New-CollectorFixture
        $fixture.ActiveDirectory = @{ TokenGroups = @{ 'MSOL_1a2b3c4d5e6f' = @('S-1-5-21-1-2-3-513', 'S-1-5-21-1-2-3-512', 'S-1-5-21-9-8-7-519') } }
        $run = Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive 'admin.json')
        $run.Document.customizations.connectors[0].accountAdminGroups | Should -Be @('Domain Admins', 'Enterprise Admins')
    }

    It 'notes a refused read and leaves the groups out' {
        $fixture = New-CollectorFixture
        $fixture.ActiveDirectory = @{ TokenGroups = @{ 'MSOL_1a2b3c4d5e6f' = [System.UnauthorizedAccessException]::new('Access is denied') } }
        $run = Invoke-Collector -Fixture $fixture -OutFile (Join-Path $TestDrive 'denied.json')
        $run.Document.customizations.connectors[0].Contains('accountAdminGroups') | Should -BeFalse
        $note = @(Get-Note -Document $run.Document -Field 'customizations.connectors.accountAdminGroups')
        $note | Should -HaveCount 1
        $note[0].reason | Should -Match 'Access is denied'
    }
}
