import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from '~renderer/components/error-boundary'
import { renderWithStore } from '~tests/renderer/support/render'

let shouldThrow = true

function Fragile() {
  if (shouldThrow) {
    throw new Error('findings list exploded')
  }
  return <p>The wizard is back</p>
}

afterEach(() => {
  cleanup()
  shouldThrow = true
  vi.restoreAllMocks()
})

describe('ErrorBoundary', () => {
  it('shows a recovery screen with the message, not a blank window or a stack', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    renderWithStore(
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>,
    )
    expect(screen.getByRole('heading', { name: 'Something went wrong on this screen' })).toBeTruthy()
    expect(screen.getByText('findings list exploded')).toBeTruthy()
    expect(screen.queryByText(/at Fragile/)).toBeNull()
  })

  it('keeps what the user entered and goes back to the wizard on request', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const onRecover = vi.fn()
    const { store } = renderWithStore(
      <ErrorBoundary onRecover={onRecover}>
        <Fragile />
      </ErrorBoundary>,
    )
    store.getState().answerFact('connect.version', '2.4.27.0', 'typed in')
    shouldThrow = false
    fireEvent.click(screen.getByRole('button', { name: 'Back to the wizard' }))
    expect(onRecover).toHaveBeenCalledOnce()
    expect(screen.getByText('The wizard is back')).toBeTruthy()
    expect(store.getState().details.connect?.version).toBe('2.4.27.0')
  })
})
