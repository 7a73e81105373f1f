import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { FORM_GROUPS } from '~renderer/features/details/form-groups'
import { ManualForm } from '~renderer/features/details/manual-form'
import { TYPED_FIELDS } from '~renderer/store/typed-fields'
import { renderWithStore } from '~tests/renderer/support/render'

afterEach(cleanup)

describe('ManualForm', () => {
  it('has every field of the form in exactly one group', () => {
    const shown = FORM_GROUPS.flatMap((group) => group.fields.map((view) => view.field))
    expect([...shown].sort()).toEqual([...TYPED_FIELDS].sort())
  })

  it('opens with only the version group expanded', () => {
    renderWithStore(<ManualForm />)
    const expanded = screen.getAllByRole('button', { expanded: true }).map((button) => button.textContent)
    expect(expanded).toEqual([expect.stringMatching(/^Version/)])
    expect(screen.getByLabelText('Entra Connect version')).toBeTruthy()
  })

  it('says in each group’s heading how many of its facts are known', () => {
    const { store } = renderWithStore(<ManualForm />)
    act(() => store.getState().setTypedFacts({ version: '2.4.27.0' }))
    expect(screen.getByRole('button', { name: /^Version/ }).textContent).toContain('Version 1 of 4 known')
  })
})
