import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createDispatcher } from '~electron/main/ipc/dispatch'
import { IPC_CONTRACT } from '~shared/ipc/contract'
import { createFakeDeps, TRUSTED_SENDER } from '~tests/mocks/main-deps'
import { useTempFolder } from '~tests/mocks/temp-folder'

const folder = useTempFolder('save-text-')

function dispatchWith(target: string | undefined) {
  const deps = { ...createFakeDeps(), showSaveDialog: vi.fn(async () => target) }
  return { deps, dispatch: (request: unknown) => createDispatcher(deps)('file:save-text', request, TRUSTED_SENDER) }
}

describe('file:save-text', () => {
  it('writes the text where main’s save dialog says, offering the suggested name and its type', async () => {
    const target = join(folder(), 'script.ps1')
    const { deps, dispatch } = dispatchWith(target)
    const response = await dispatch({ text: 'Get-ADSyncScheduler\n', suggestedName: 'Enable-StagingMode-AADC01.ps1' })
    expect(response).toEqual({ ok: true, value: { status: 'saved', fileName: 'script.ps1' } })
    expect(IPC_CONTRACT['file:save-text'].response.safeParse(response).success).toBe(true)
    expect(await fsp.readFile(target, 'utf8')).toBe('Get-ADSyncScheduler\n')
    expect(deps.showSaveDialog).toHaveBeenCalledWith('Enable-StagingMode-AADC01.ps1', expect.objectContaining({ filters: expect.arrayContaining([{ name: 'PowerShell script', extensions: ['ps1'] }]) }))
  })

  it('answers canceled and writes nothing when the dialog is canceled', async () => {
    expect(await dispatchWith(undefined).dispatch({ text: 'x', suggestedName: 'notes.txt' })).toEqual({ ok: true, value: { status: 'canceled' } })
  })

  it.each(['../evil.ps1', 'C:\\Windows\\evil.ps1', '/etc/profile.ps1', '.hidden.ps1', 'script.exe', 'a\u0000b.txt'])('refuses the suggested name %j before any dialog', async (suggestedName) => {
    const { deps, dispatch } = dispatchWith(join(folder(), 'never.txt'))
    expect(await dispatch({ text: 'x', suggestedName })).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(deps.showSaveDialog).not.toHaveBeenCalled()
  })

  it('says the file could not be written when the folder is missing', async () => {
    const response = await dispatchWith(join(folder(), 'missing', 'x.txt')).dispatch({ text: 'x', suggestedName: 'x.txt' })
    expect(response).toMatchObject({ ok: false, error: { code: 'file-unwritable', message: expect.stringMatching(/^Could not save x\.txt/) } })
  })
})
