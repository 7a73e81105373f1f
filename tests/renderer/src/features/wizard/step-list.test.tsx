/**
 * The step list: each step with its state; the advisory Cloud Sync step in the advice's words.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ADVICE_ICON } from '~renderer/components/status-presentation'
import { StepList } from '~renderer/features/wizard/step-list'
import { renderWithStore } from '~tests/renderer/support/render'

/** The step list of a 2.4.27.0 server on 26 Nov 2026 (its version step fails); returns the list. */
async function renderFailingServer(): Promise<HTMLElement> {
  const { store } = renderWithStore(<StepList />)
  await act(async () => {
    store.setState({ asOf: '2026-11-26' })
    store.getState().setTypedFacts({ version: '2.4.27.0' })
  })
  return screen.getByRole('list')
}

describe('StepList', () => {
  afterEach(cleanup)

  it('says what the Cloud Sync advice is rather than pass or fail, and keeps the other steps’ words', async () => {
    const nav = await renderFailingServer()
    const cloudSync = within(nav).getByRole('button', { name: /^Cloud Sync/ })
    expect(cloudSync.textContent).toMatch(/Cloud Sync(Fits now|Fits after changes|Stay on Connect Sync|Not enough answers)/)
    expect(cloudSync.textContent).not.toMatch(/(Pass|Fail|Warning|Unknown)$/)
    expect(within(nav).getByRole('button', { name: /^Version and deadlines/ }).textContent).toMatch(/Fail$/)
  })

  it('draws the Cloud Sync advice with the advice icon, not a check’s cross or tick', async () => {
    const nav = await renderFailingServer()
    const adviceShape = render(<ADVICE_ICON />).container.querySelector('path')?.getAttribute('d')
    const shapes = (name: RegExp) => Array.from(within(nav).getByRole('button', { name }).querySelectorAll('svg path'), (path) => path.getAttribute('d'))
    expect(adviceShape).toBeTruthy()
    const cloudSync = shapes(/^Cloud Sync/)
    expect(cloudSync.length).toBeGreaterThan(0)
    expect(cloudSync.every((shape) => shape === adviceShape)).toBe(true)
    expect(shapes(/^Version and deadlines/)).not.toContain(adviceShape)
  })
})
