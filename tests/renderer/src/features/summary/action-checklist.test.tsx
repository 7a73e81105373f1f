import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ActionChecklist } from '~renderer/features/summary/action-checklist'
import { renderWithStore } from '~tests/renderer/support/render'

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

  it('says by when and marks the first item in place, naming it once', async () => {
    const { store } = renderWithStore(<ActionChecklist />)
    await act(async () => { await store.getState().loadPractice('suspended-auto-upgrade') })
    expect(screen.getByTestId('checklist-due').textContent).toMatch(/^By 26 May 2026 .*Start with the item marked First\.$/)
    const marked = screen.getByTestId('checklist-first').closest('li')
    expect(marked?.getAttribute('data-item')).toBe('export-configuration')
    expect(screen.getAllByText('Export the current configuration')).toHaveLength(1)
  })

  it('moves the First mark to the next item when the first is ticked', async () => {
    const { store } = renderWithStore(<ActionChecklist />)
    await act(async () => { await store.getState().loadPractice('suspended-auto-upgrade') })
    fireEvent.click(screen.getByRole('checkbox', { name: 'Export the current configuration' }))
    const marked = screen.getByTestId('checklist-first').closest('li')
    expect(marked?.getAttribute('data-item')).not.toBe('export-configuration')
    expect(screen.getAllByTestId('checklist-first')).toHaveLength(1)
  })

  it('shows the after-upgrade PowerShell to copy', async () => {
    const { store } = renderWithStore(<ActionChecklist />)
    await act(async () => { await store.getState().loadPractice('usgov-2-4-18') })
    const after = screen.getByRole('list', { name: 'After the upgrade' })
    expect(within(after).getByText('Start-ADSyncSyncCycle -PolicyType Delta')).toBeTruthy()
    expect(within(after).getByText('Set-ADSyncScheduler -SyncCycleEnabled $true')).toBeTruthy()
  })
})
