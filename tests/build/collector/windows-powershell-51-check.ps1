<#
.SYNOPSIS
    Fails when a script uses syntax, cmdlets or parameters that Windows PowerShell 5.1 lacks.

.DESCRIPTION
    Parses the script with PowerShell's own parser (System.Management.Automation.Language) and walks
    its syntax tree. PowerShell 7 parses everything 5.1 does and more, so the check looks for what
    came after 5.1:
      - syntax: the ternary operator, ?? and ??=, ?. and ?[], && and || pipeline chains, a trailing
        & (background job), clean blocks;
      - automatic variables 5.1 does not set ($IsWindows, $IsLinux, $IsMacOS, $IsCoreCLR: under
        strict mode, reading one ends the script);
      - cmdlets and parameters 5.1 does not have: the list below, from Microsoft's pages
          https://learn.microsoft.com/powershell/scripting/whats-new/differences-from-windows-powershell
          https://learn.microsoft.com/powershell/scripting/whats-new/what-s-new-in-powershell-70
          https://learn.microsoft.com/powershell/scripting/whats-new/what-s-new-in-powershell-71
          https://learn.microsoft.com/powershell/scripting/whats-new/what-s-new-in-powershell-72
          https://learn.microsoft.com/powershell/scripting/whats-new/what-s-new-in-powershell-74
          https://learn.microsoft.com/powershell/scripting/whats-new/what-s-new-in-powershell-75
    It is a short list of what a collector might plausibly reach for, not every difference.

    Dot-source it for Get-WindowsPowerShell51Problem; run it with -Path to check a file (exit 1 on
    any problem).
#>
param([string[]]$Path)

Set-StrictMode -Version Latest

# Cmdlets added in PowerShell 6 or 7.
$script:NewCmdlets = @{
    'Get-Error'                   = '7.0'
    'Join-String'                 = '6.2'
    'Test-Json'                   = '6.1'
    'ConvertFrom-Markdown'        = '6.1'
    'Show-Markdown'               = '6.1'
    'Get-MarkdownOption'          = '6.1'
    'Set-MarkdownOption'          = '6.1'
    'Remove-Alias'                = '6.0'
    'Remove-Service'              = '6.0'
    'Get-Uptime'                  = '6.0'
    'Get-ExperimentalFeature'     = '6.2'
    'Enable-ExperimentalFeature'  = '6.2'
    'Disable-ExperimentalFeature' = '6.2'
    'ConvertTo-CliXml'            = '7.5'
    'ConvertFrom-CliXml'          = '7.5'
    'Get-SecureRandom'            = '7.4'
    'Get-PSSubsystem'             = '7.1'
}

# Parameters added in PowerShell 6 or 7 to cmdlets 5.1 has.
$script:NewParameters = @{
    'ForEach-Object'   = @('Parallel', 'ThrottleLimit', 'TimeoutSeconds', 'AsJob', 'UseNewRunspace')
    'ConvertFrom-Json' = @('AsHashtable', 'Depth', 'NoEnumerate', 'DateKind')
    'ConvertTo-Json'   = @('AsArray', 'EscapeHandling')
    'Get-Content'      = @('AsByteStream')
    'Set-Content'      = @('AsByteStream')
    'Add-Content'      = @('AsByteStream')
    'Get-Date'         = @('AsUTC', 'UnixTimeSeconds')
    'Select-String'    = @('Raw', 'NoEmphasis')
    'Split-Path'       = @('Extension', 'LeafBase')
    'Join-Path'        = @('AdditionalChildPath')
    'Sort-Object'      = @('Top', 'Bottom')
    'Where-Object'     = @('Not')
    'Get-ChildItem'    = @('FollowSymlink')
    'Start-Process'    = @('Environment')
    'Test-Connection'  = @('TargetName', 'Ping', 'TcpPort', 'Traceroute', 'MtuSize')
}

# -Encoding values 5.1 does not accept (its UTF8 writes a BOM; there is no UTF8NoBOM).
$script:NewEncodings = @('utf8NoBOM', 'utf8BOM', 'ansi')

$script:NewVariables = @('IsWindows', 'IsLinux', 'IsMacOS', 'IsCoreCLR')

function Get-WindowsPowerShell51Problem {
    <# One line per problem ("line N: what"), none when the script is 5.1 compatible. #>
    param([string]$Source, [string]$FileName = 'script')
    $tokens = $null
    $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseInput($Source, $FileName, [ref]$tokens, [ref]$errors)
    $problems = New-Object System.Collections.Generic.List[string]
    foreach ($parseError in $errors) {
        $problems.Add(('line {0}: does not parse: {1}' -f $parseError.Extent.StartLineNumber, $parseError.Message))
    }
    foreach ($node in $ast.FindAll({ $true }, $true)) {
        $line = $node.Extent.StartLineNumber
        $what = switch ($node.GetType().Name) {
            'TernaryExpressionAst' { 'the ternary operator (? :) is PowerShell 7' }
            'PipelineChainAst' { 'a && / || pipeline chain is PowerShell 7' }
            'BinaryExpressionAst' { if ([string]$node.Operator -eq 'QuestionQuestion') { 'the ?? operator is PowerShell 7' } }
            'AssignmentStatementAst' { if ([string]$node.Operator -eq 'QuestionQuestionEquals') { 'the ??= operator is PowerShell 7' } }
            'MemberExpressionAst' { if ($node.NullConditional) { 'the ?. operator is PowerShell 7' } }
            'InvokeMemberExpressionAst' { if ($node.NullConditional) { 'the ?. operator is PowerShell 7' } }
            'IndexExpressionAst' { if ($node.NullConditional) { 'the ?[] operator is PowerShell 7' } }
            'PipelineAst' { if ($node.Background) { 'a trailing & (background job) is PowerShell 6' } }
            'ScriptBlockAst' { if ($null -ne $node.CleanBlock) { 'a clean block is PowerShell 7.3' } }
            'VariableExpressionAst' {
                if ($script:NewVariables -contains $node.VariablePath.UserPath) { ('$' + $node.VariablePath.UserPath + ' does not exist in Windows PowerShell 5.1') }
            }
            'CommandAst' { Get-CommandProblem -Command $node }
        }
        foreach ($problem in @($what)) {
            if (-not [string]::IsNullOrEmpty($problem)) {
                $problems.Add(('line {0}: {1}' -f $line, $problem))
            }
        }
    }
    return , $problems.ToArray()
}

function Get-CommandProblem {
    param([System.Management.Automation.Language.CommandAst]$Command)
    $name = $Command.GetCommandName()
    if ([string]::IsNullOrEmpty($name)) {
        return
    }
    $known = @($script:NewCmdlets.Keys | Where-Object { $_ -eq $name })
    if ($known.Count -gt 0) {
        "$name is PowerShell $($script:NewCmdlets[$known[0]]): Windows PowerShell 5.1 has no such cmdlet"
    }
    $elements = $Command.CommandElements
    for ($index = 0; $index -lt $elements.Count; $index++) {
        $element = $elements[$index]
        if ($element -isnot [System.Management.Automation.Language.CommandParameterAst]) {
            continue
        }
        $parameters = @($script:NewParameters.Keys | Where-Object { $_ -eq $name } | ForEach-Object { $script:NewParameters[$_] })
        # A prefix counts: PowerShell accepts -AsHash for -AsHashtable.
        $added = @($parameters | Where-Object { $_.StartsWith($element.ParameterName, [StringComparison]::OrdinalIgnoreCase) -and $element.ParameterName.Length -ge 2 })
        if ($added.Count -gt 0) {
            "$name -$($added[0]) is PowerShell 6 or later"
        }
        if ($element.ParameterName -eq 'Encoding') {
            $value = $element.Argument
            if ($null -eq $value -and $index + 1 -lt $elements.Count) {
                $value = $elements[$index + 1]
            }
            if ($value -is [System.Management.Automation.Language.StringConstantExpressionAst] -and $script:NewEncodings -contains $value.Value) {
                "-Encoding $($value.Value) is PowerShell 6 or later"
            }
        }
    }
}

if ($Path) {
    $failed = $false
    foreach ($file in $Path) {
        $problems = Get-WindowsPowerShell51Problem -Source (Get-Content -Raw -LiteralPath $file) -FileName $file
        if ($problems.Count -eq 0) {
            Write-Output "Windows PowerShell 5.1 check: $file passed (no PowerShell 6/7 syntax, cmdlets or parameters)."
        }
        else {
            $failed = $true
            Write-Output "Windows PowerShell 5.1 check: $file FAILED, $($problems.Count) problem(s):"
            $problems | ForEach-Object { Write-Output "  $_" }
        }
    }
    exit $(if ($failed) { 1 } else { 0 })
}
