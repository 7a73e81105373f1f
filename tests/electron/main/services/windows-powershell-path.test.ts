import { describe, expect, it } from 'vitest'
import { windowsPowerShellPath } from '~electron/main/services/windows-powershell-path'

describe('windowsPowerShellPath', () => {
  it.each([
    ['C:\\Windows', 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe'],
    ['D:\\WINNT\\', 'D:\\WINNT\\System32\\WindowsPowerShell\\v1.0\\powershell.exe'],
    [' C:\\Windows ', 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe'],
  ])('puts Windows PowerShell under %s', (systemRoot, expected) => {
    expect(windowsPowerShellPath(systemRoot)).toEqual({ ok: true, value: expected })
  })

  it.each([undefined, '', 'Windows', '.\\Windows', 'C:Windows', 'C:/Windows', '\\\\server\\share', '\\\\?\\C:\\Windows', 'C:\\Windows\\..\\Users\\Public', 'C:\\Win"dows', 'C:\\Windows\u0000'])(
    'refuses SystemRoot %j',
    (systemRoot) => {
      const result = windowsPowerShellPath(systemRoot)
      expect(result).toMatchObject({ ok: false, error: { code: 'collector-failed', message: expect.stringMatching(/^Windows PowerShell could not be located: the SystemRoot environment variable is /) } })
    },
  )
})

describe('windowsPowerShellPath on a long hostile value', () => {
  it('answers at once (no backtracking blow-up)', () => {
    const started = performance.now()
    expect(windowsPowerShellPath(`C:\\${'a'.repeat(5000)}:`).ok).toBe(false)
    expect(performance.now() - started).toBeLessThan(100)
  })
})
