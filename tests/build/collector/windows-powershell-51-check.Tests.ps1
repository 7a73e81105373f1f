<# The Windows PowerShell 5.1 check (windows-powershell-51-check.ps1) finds what it should, and passes the collector. #>

BeforeAll {
    . (Join-Path $PSScriptRoot 'windows-powershell-51-check.ps1')
}

Describe 'the Windows PowerShell 5.1 check' {
    It 'passes the collector' {
        $collector = Join-Path $PSScriptRoot '../../../build/collector/Collect-EntraConnectDetails.ps1'
        Get-WindowsPowerShell51Problem -Source (Get-Content -Raw -LiteralPath $collector) | Should -BeNullOrEmpty
    }

    It 'passes what 5.1 has: <_>' -ForEach @(
        '$a = $(if ($b) { 1 } else { 2 })',
        '$x = $h.Name; $y = $list[0]; $z = $s.Trim()',
        'Get-Content -Raw -LiteralPath $p | ConvertFrom-Json',
        'Get-Date -Format o; Join-Path -Path $a -ChildPath $b',
        'Out-File -FilePath $p -Encoding utf8',
        'if ($a -and $b) { & $command }'
    ) {
        Get-WindowsPowerShell51Problem -Source $_ | Should -BeNullOrEmpty
    }

    # `$b?.Name` is no case: both versions read it as the variable `b?` (PowerShell 7 needs `${b}?.Name`).
    It 'fails on <Source>' -ForEach @(
        @{ Source = '$a = $b ? 1 : 2'; Finding = 'ternary' }
        @{ Source = '$a = $b ?? 2'; Finding = '\?\? operator' }
        @{ Source = '$a ??= 2'; Finding = '\?\?= operator' }
        @{ Source = '$a = ${b}?.Name'; Finding = '\?\. operator' }
        @{ Source = '$a = ${b}?.Trim()'; Finding = '\?\. operator' }
        @{ Source = '$a = ${b}?[0]'; Finding = '\?\[\] operator' }
        @{ Source = 'Get-Item x && Get-Item y'; Finding = 'pipeline chain' }
        @{ Source = 'Get-Item x || Get-Item y'; Finding = 'pipeline chain' }
        @{ Source = 'Get-Item x &'; Finding = 'background' }
        @{ Source = 'function f { process { 1 } clean { 2 } }'; Finding = 'clean block' }
        @{ Source = 'if ($IsWindows) { 1 }'; Finding = 'IsWindows' }
        @{ Source = 'Get-Error'; Finding = 'Get-Error is PowerShell 7.0' }
        @{ Source = '$j | ConvertFrom-Json -AsHashtable'; Finding = 'ConvertFrom-Json -AsHashtable' }
        @{ Source = '$j | ConvertFrom-Json -AsHash'; Finding = 'ConvertFrom-Json -AsHashtable' }
        @{ Source = '1..3 | ForEach-Object -Parallel { $_ }'; Finding = 'ForEach-Object -Parallel' }
        @{ Source = 'Get-Content -AsByteStream x'; Finding = 'AsByteStream' }
        @{ Source = 'Out-File x -Encoding utf8NoBOM'; Finding = 'utf8NoBOM' }
        @{ Source = 'Set-Content x -Encoding:utf8NoBOM -Value 1'; Finding = 'utf8NoBOM' }
    ) {
        $problems = Get-WindowsPowerShell51Problem -Source $Source
        $problems | Should -Not -BeNullOrEmpty
        ($problems -join "`n") | Should -Match $Finding
    }
}
