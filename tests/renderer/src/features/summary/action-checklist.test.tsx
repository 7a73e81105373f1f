import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ActionChecklist } from '../../../../../renderer/src/features/summary/action-checklist'
import { renderWithStore } from '../../../support/render'

afterEach(cleanup)

describe('ActionChecklist', () => {
  it('lists the plan by phase and ticks an item into the store', async () => {
    const { store } = renderWithStore(<ActionChecklist />)
    await act(async () => { await store.getState().loadPractice('usgov-2-4-18') })
    const before = screen.getByRole('list', { name: 'Before the upgrade' })
    fireEvent.click(within(before).getByRole('checkbox', { name: 'Export the current configuration' }))
    expect(store.getState().ticks).toEqual({ 'export-configuration': true })
    expect(screen.getByRole('status').textContent).toMatch(/^1 of \d+ done$/)
  })

  it('says what to do first and by when', async () => {
    const { store } = renderWithStore(<ActionChecklist />)
    await act(async () => { await store.getState().loadPractice('suspended-auto-upgrade') })
    expect(screen.getByText(/Export the current configuration\. By 26 May 2026/)).toBeTruthy()
  })

  it('shows the after-upgrade PowerShell to copy', async () => {
    const { store } = renderWithStore(<ActionChecklist />)
    await act(async () => { await store.getState().loadPractice('usgov-2-4-18') })
    const after = screen.getByRole('list', { name: 'After the upgrade' })
    expect(within(after).getByText('Start-ADSyncSyncCycle -PolicyType Delta')).toBeTruthy()
    expect(within(after).getByText('Set-ADSyncScheduler -SyncCycleEnabled $true')).toBeTruthy()
  })
})
