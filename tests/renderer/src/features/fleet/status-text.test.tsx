/**
 * The fleet's Cloud Sync column says what the advice means, not pass or fail.
 */
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { CloudSyncFitText, StatusText } from '~renderer/features/fleet/status-text'

describe('CloudSyncFitText', () => {
  afterEach(cleanup)

  it.each([
    ['pass', 'Fits now'],
    ['warn', 'Fits after changes'],
    ['fail', 'Stay on Connect Sync'],
    ['unknown', 'Not enough answers'],
  ] as const)('reads %s as "%s"', (state, words) => {
    render(<CloudSyncFitText state={state} />)
    expect(screen.getByText(words).getAttribute('data-state')).toBe(state)
  })

  it('falls back to the status word for states the advice does not use', () => {
    render(<CloudSyncFitText state="not-applicable" />)
    render(<StatusText state="not-applicable" />)
    const texts = document.querySelectorAll('[data-state="not-applicable"]')
    expect(texts).toHaveLength(2)
    expect(texts[0]?.textContent).toBe(texts[1]?.textContent)
  })
})
