import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { CompareView } from '~renderer/features/compare/compare-view'
import { createCompareFake, RUN_IDS, RUNS } from '~tests/renderer/support/compare-runs'
import { renderWithStore } from '~tests/renderer/support/render'

afterEach(cleanup)

async function renderPrepared(runs = Object.values(RUNS), laterId?: string) {
  const { fake } = createCompareFake(runs)
  const rendered = renderWithStore(<CompareView />, fake)
  await act(async () => {
    await rendered.store.getState().loadAppInfo()
    await rendered.store.getState().prepareCompare(laterId)
  })
  return rendered
}

describe('CompareView', () => {
  it('says there is nothing to compare before anything was saved', async () => {
    await renderPrepared([])
    expect(screen.getByRole('status').textContent).toMatch(/^No saved assessments yet\./)
    expect(screen.getByRole('button', { name: 'Go to the walk' })).toBeTruthy()
  })

  it('says how to get a second run when the server has only one', async () => {
    await renderPrepared(Object.values(RUNS), RUN_IDS.other)
    expect(screen.getByRole('status').textContent).toContain('Only one run of AADC02 is saved. Duplicate this assessment before the upgrade, then update it afterwards')
  })

  it('shows the verdict, the counts and the fixed deadline, newly failing first and unchanged folded away', async () => {
    const { container } = await renderPrepared()
    expect(screen.getByText('The verdict moved from Critical to Action required.')).toBeTruthy()
    const groups = [...container.querySelectorAll('[data-change]')].map((group) => group.getAttribute('data-change'))
    expect(groups).toEqual(['newly-failing', 'fixed', 'changed', 'unchanged'])
    const fixed = screen.getByRole('table', { name: 'Fixed' })
    const row = within(fixed).getByText('version/sync-stop-2026').closest('tr')
    expect(row?.textContent).toMatch(/Then\s*Fail, now\s*Pass/)
    expect(container.querySelector('[data-count="fixed"]')?.textContent).toMatch(/Fixed\s*[1-9]/)
    expect(container.querySelector('details[data-change="unchanged"]')?.hasAttribute('open')).toBe(false)
  })

  it('labels the pickers and the date choice, with the one-sentence explanation', async () => {
    await renderPrepared()
    const earlier = screen.getByRole('combobox', { name: 'Earlier run' }) as HTMLSelectElement
    expect(earlier.value).toBe(RUN_IDS.old)
    expect(within(earlier).getByRole('group', { name: 'Other runs of AADC01' })).toBeTruthy()
    expect((screen.getByRole('combobox', { name: 'Later run' }) as HTMLSelectElement).value).toBe(RUN_IDS.upgraded)
    expect(screen.getByRole('radiogroup', { name: 'Evaluate the runs' })).toBeTruthy()
    expect(screen.getByText(/shows only what changed on the server/)).toBeTruthy()
  })

  it('compares with another earlier run when one is chosen, and notes the other server', async () => {
    const { store } = await renderPrepared()
    fireEvent.change(screen.getByRole('combobox', { name: 'Earlier run' }), { target: { value: RUN_IDS.other } })
    await waitFor(() => expect(store.getState().comparedRuns.before).toMatchObject({ status: 'loaded', id: RUN_IDS.other }))
    expect(screen.getByText(/different servers \(AADC02 then AADC01\)/)).toBeTruthy()
  })

  it('evaluates each run on its own date when chosen', async () => {
    const { store } = await renderPrepared()
    fireEvent.click(screen.getByRole('radio', { name: 'Each as of its own saved date' }))
    expect(store.getState().compareDateMode).toBe('own')
    expect(screen.queryByLabelText('Both as of')).toBeNull()
  })

  it('opens either run in the walk', async () => {
    const { store } = await renderPrepared()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Open Contoso AADC01 in the walk' }))
    })
    await waitFor(() => expect(store.getState().view).toBe('walk'))
    expect(store.getState().assessment.id).toBe(RUN_IDS.old)
  })
})
