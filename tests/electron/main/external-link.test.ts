import { beforeEach, describe, expect, it, vi } from 'vitest'
import { openExternalLink } from '~electron/main/external-link'
import { resetElectronMock, shell } from '~tests/mocks/electron'

vi.mock('electron', () => import('~tests/mocks/electron'))

beforeEach(() => {
  resetElectronMock()
})

describe('openExternalLink', () => {
  it('opens an allowlisted link in the OS browser', async () => {
    await openExternalLink('https://learn.microsoft.com/entra/')
    expect(shell.openExternal).toHaveBeenCalledWith('https://learn.microsoft.com/entra/')
  })

  it('refuses anything else, even when called directly', async () => {
    await expect(openExternalLink('https://evil.example.com/')).rejects.toThrow(/allowlist/)
    expect(shell.openExternal).not.toHaveBeenCalled()
  })
})
