import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { RoleWelcome } from '~renderer/features/guide/role-welcome'
import { renderWithStore } from '~tests/renderer/support/render'

afterEach(cleanup)

describe('RoleWelcome', () => {
  it('asks who is using the wizard and keeps the answer', () => {
    const { store } = renderWithStore(<RoleWelcome />)
    fireEvent.click(screen.getByRole('button', { name: /Trainee/ }))
    expect(store.getState().role).toBe('trainee')
  })

  it('is gone once a role is chosen', () => {
    const { store } = renderWithStore(<RoleWelcome />)
    fireEvent.click(screen.getByRole('button', { name: /Admin on the server/ }))
    expect(store.getState().role).toBe('admin')
    expect(screen.queryByRole('region', { name: /who is using the wizard/ })).toBeNull()
  })
})
