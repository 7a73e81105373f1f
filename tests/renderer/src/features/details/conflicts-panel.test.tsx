import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ConflictsPanel } from '~renderer/features/details/conflicts-panel'
import { renderWithStore } from '~tests/renderer/support/render'

afterEach(cleanup)

const SCHEDULER = 'AllowedSyncCycleInterval : 00:30:00\nSyncCycleEnabled : False\nStagingModeEnabled : False'

function renderConflict() {
  const rendered = renderWithStore(<ConflictsPanel />)
  act(() => {
    rendered.store.getState().setTypedFacts({ syncCycleEnabled: 'true' })
    rendered.store.getState().pasteText(SCHEDULER)
  })
  return rendered
}

describe('ConflictsPanel', () => {
  it('shows nothing while the inputs agree', () => {
    const { container } = renderWithStore(<ConflictsPanel />)
    expect(container.textContent).toBe('')
  })

  it('shows both values with their sources, the later one in use but not confirmed', () => {
    renderConflict()
    const values = screen.getByRole('group', { name: 'Values for Sync cycle on' })
    expect(within(values).getByText('from typed in')).toBeTruthy()
    expect(within(values).getByText('from pasted text line 2')).toBeTruthy()
    expect(within(values).getByText('In use: later input')).toBeTruthy()
    expect(screen.getByText(/Not confirmed/)).toBeTruthy()
  })

  it('makes the chosen value win and clears the flag', () => {
    const { store } = renderConflict()
    fireEvent.click(screen.getByRole('button', { name: 'Use this value (true, from typed in) for Sync cycle on' }))
    expect(store.getState().details.connect?.syncCycleEnabled).toBe(true)
    expect(screen.getByText('In use: your choice')).toBeTruthy()
    expect(screen.queryByText(/Not confirmed/)).toBeNull()
  })

  it('confirms the later value with Keep this value', () => {
    const { store } = renderConflict()
    fireEvent.click(screen.getByRole('button', { name: 'Keep this value (false, from pasted text line 2) for Sync cycle on' }))
    expect(store.getState().conflicts[0]?.isChosen).toBe(true)
    expect(store.getState().details.connect?.syncCycleEnabled).toBe(false)
  })
})
