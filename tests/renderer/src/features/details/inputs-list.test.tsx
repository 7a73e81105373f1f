import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { InputsList } from '~renderer/features/details/inputs-list'
import { renderWithStore } from '~tests/renderer/support/render'

afterEach(cleanup)

describe('InputsList', () => {
  it('says nothing is loaded at first', () => {
    renderWithStore(<InputsList />)
    expect(screen.getByText(/Nothing loaded or typed yet/)).toBeTruthy()
  })

  it('lists each input with its format, fact count and notes, then the typed-in layer', () => {
    const { store } = renderWithStore(<InputsList />)
    act(() => {
      store.getState().pasteText('AllowedSyncCycleInterval : 00:30:00\nSyncCycleEnabled : maybe\nStagingModeEnabled : True')
      store.getState().setTypedFacts({ version: '2.4.27.0' })
    })
    const table = screen.getByRole('table', { name: 'Loaded inputs' })
    const pasted = within(table).getByRole('row', { name: /^pasted text/ })
    expect(pasted.textContent).toContain('Get-ADSyncScheduler output (pasted)')
    expect(pasted.textContent).toContain('line 2: SyncCycleEnabled is "maybe", not True or False; left unknown')
    expect(within(table).getByRole('row', { name: /^typed in/ }).textContent).toContain('1')
  })

  it('shows a left-out field in plain words, its path only behind Details', () => {
    const { store } = renderWithStore(<InputsList />)
    const text = JSON.stringify({ kind: 'entra-connect-install-details', schemaVersion: 1, server: { name: 'AADC01' }, connect: { version: 'banana' } })
    act(() => void store.getState().pasteText(text))
    const row = within(screen.getByRole('table', { name: 'Loaded inputs' })).getByRole('row', { name: /^pasted text/ })
    const note = within(row).getByRole('listitem')
    expect(note.textContent).toMatch(/^Entra Connect version: must be a four-part version such as 2\.4\.18\.0 \(it was "banana"\), left out/)
    const details = note.querySelector('details')
    expect(details?.querySelector('summary')?.textContent).toBe('Details')
    expect(details?.querySelector('code')?.textContent).toBe('connect.version')
    expect(store.getState().inputs[0]?.facts.map((fact) => fact.path)).toContain('server.name')
  })

  it('removes an input', () => {
    const { store } = renderWithStore(<InputsList />)
    act(() => void store.getState().pasteText('Enabled'))
    fireEvent.click(screen.getByRole('button', { name: 'Remove pasted text' }))
    expect(store.getState().inputs).toEqual([])
  })
})
