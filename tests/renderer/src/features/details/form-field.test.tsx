import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { FormField } from '~renderer/features/details/form-field'
import type { FieldView } from '~renderer/features/details/form-groups'
import { renderWithStore } from '~tests/renderer/support/render'

afterEach(cleanup)

const VERSION: FieldView = { field: 'version', label: 'Entra Connect version', hint: 'All four parts.' }
const SYNC: FieldView = { field: 'syncCycleEnabled', label: 'Sync cycle on', hint: 'SyncCycleEnabled.' }

describe('FormField', () => {
  it('shows the hint under an empty field, and "I don’t know" as its placeholder', () => {
    renderWithStore(<FormField view={VERSION} />)
    expect(screen.getByLabelText('Entra Connect version').getAttribute('placeholder')).toBe('I don’t know')
    expect(screen.getByText('All four parts.')).toBeTruthy()
  })

  it('puts the error in the same line as the hint while the text is invalid', () => {
    renderWithStore(<FormField view={VERSION} />)
    fireEvent.change(screen.getByLabelText('Entra Connect version'), { target: { value: '2.4' } })
    expect(screen.getByText('Enter all four parts, such as 2.4.27.0.')).toBeTruthy()
    expect(screen.queryByText('All four parts.')).toBeNull()
  })

  it('shows another input’s value while untouched, saying where it came from', () => {
    const { store } = renderWithStore(<FormField view={VERSION} />)
    act(() => store.getState().pasteText('Name Value\n---- -----\nMicrosoft.Synchronize.ServerConfigurationVersion 2.4.21.0'))
    act(() => store.getState().answerFact('connect.version', '2.4.27.0', 'the Version step'))
    expect((screen.getByLabelText('Entra Connect version') as HTMLInputElement).value).toBe('2.4.27.0')
    expect(screen.getByText('From the Version step.')).toBeTruthy()
  })

  it('offers Yes, No and I don’t know for a yes/no fact', () => {
    const { store } = renderWithStore(<FormField view={SYNC} />)
    const select = screen.getByLabelText('Sync cycle on') as HTMLSelectElement
    expect(Array.from(select.options).map((option) => option.text)).toEqual(['I don’t know', 'Yes', 'No'])
    fireEvent.change(select, { target: { value: 'false' } })
    expect(store.getState().details.connect?.syncCycleEnabled).toBe(false)
  })
})
