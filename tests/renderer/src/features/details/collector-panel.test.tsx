import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { CollectorPanel } from '~renderer/features/details/collector-panel'
import { APP_INFO, createFakeApi, FAKE_SCRIPT, okResult } from '~tests/renderer/support/fake-api'
import { renderWithStore } from '~tests/renderer/support/render'

afterEach(cleanup)

async function renderOn(platform: string) {
  const fake = createFakeApi()
  fake.getInfo.mockResolvedValue(okResult({ ...APP_INFO, platform }))
  const rendered = renderWithStore(<CollectorPanel />, fake)
  await act(() => rendered.store.getState().loadAppInfo())
  return rendered
}

describe('CollectorPanel', () => {
  it('says collecting runs only on the Windows server, and offers no Collect button elsewhere', async () => {
    await renderOn('linux')
    expect(screen.getByText('Collecting runs only on the Windows sync server')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Collect from this server' })).toBeNull()
  })

  it('shows the script on request', async () => {
    await renderOn('linux')
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Show the script' })))
    expect(screen.getByLabelText('Collector script').textContent).toBe(FAKE_SCRIPT.text)
  })

  it('runs the collector on Windows, showing progress and a Cancel button', async () => {
    const { fake } = await renderOn('win32')
    fake.runCollector.mockReturnValue(new Promise(() => undefined))
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Collect from this server' })))
    act(() => fake.emitProgress({ line: 'Reading the registry' }))
    expect(screen.getByRole('log', { name: 'Collector progress' }).textContent).toContain('Reading the registry')
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })))
    expect(fake.cancelCollector).toHaveBeenCalled()
  })
})
