import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { StagingPathPanel } from '~renderer/features/staging/staging-path-panel'
import { renderWithStore } from '~tests/renderer/support/render'

afterEach(cleanup)

describe('StagingPathPanel', () => {
  it('shows the reviewed script where the workaround applies, and copies it through the app', async () => {
    const { store, fake } = renderWithStore(<StagingPathPanel />)
    await act(async () => { await store.getState().loadPractice('staging-workaround') })
    const script = screen.getByLabelText('Staging workaround script')
    expect(script.textContent).toContain('Enable-ADSyncToolsStagingMode')
    fireEvent.click(screen.getByRole('button', { name: /Copy: the staging workaround script/ }))
    expect(fake.writeText).toHaveBeenCalledWith({ text: script.textContent })
    expect(await screen.findByRole('button', { name: /Copied/ })).toBeTruthy()
  })

  it('shows the normal path, and why, where the wizard can switch staging mode', async () => {
    const { store } = renderWithStore(<StagingPathPanel />)
    await act(async () => { await store.getState().loadPractice('usgov-2-4-18') })
    expect(screen.queryByLabelText('Staging workaround script')).toBeNull()
    expect(screen.getByText(/no longer uses MSOnline/)).toBeTruthy()
    expect(screen.getByRole('list', { name: 'The normal path' }).textContent).toContain('Configure staging mode')
  })
})
