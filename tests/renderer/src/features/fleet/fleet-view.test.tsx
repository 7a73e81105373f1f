import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { FleetView } from '~renderer/features/fleet/fleet-view'
import type { Assessment } from '~shared/assessments/assessment'
import { smallDraft } from '~tests/support/assessment-drafts'
import { okResult, savedAssessment } from '~tests/renderer/support/fake-api'
import { renderWithStore } from '~tests/renderer/support/render'

function saved(index: number, serverName: string, version: string, customer: string): Assessment {
  const draft = smallDraft({
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    name: serverName,
    serverName,
    customer,
    inputs: [{ source: `${serverName}.json`, format: 'install-details-json', facts: [{ path: 'server.name', value: serverName }, { path: 'connect.version', value: version }] }],
  })
  return savedAssessment(draft)
}

const FLEET = [saved(1, 'AADC02', '2.6.3.0', 'Contoso'), saved(2, 'AADC01', '2.4.27.0', 'Contoso'), saved(3, 'FAB01', '2.6.92.0', 'Fabrikam')]

function renderFleet(assessments: readonly Assessment[]) {
  const rendered = renderWithStore(<FleetView />)
  act(() => rendered.store.setState({ asOf: '2026-11-26', fleetAssessments: assessments, fleetProblems: [{ name: 'x.json', message: 'x.json: It is not JSON.' }] }))
  return rendered
}

describe('FleetView', () => {
  afterEach(cleanup)

  it('says it is loading until the assessments arrive', () => {
    renderWithStore(<FleetView />)
    expect(screen.getByText('Loading saved assessments…')).toBeTruthy()
  })

  it('explains New assessment when nothing is saved yet', () => {
    renderFleet([])
    expect(screen.getByRole('heading', { name: 'No saved assessments yet' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'New assessment' })).toBeTruthy()
  })

  it('shows the matrix with step columns, server row headers and the critical server first', () => {
    renderFleet(FLEET)
    const table = screen.getByRole('table', { name: 'Servers by urgency' })
    const columns = within(table).getAllByRole('columnheader').map((header) => header.textContent)
    expect(columns).toEqual(['Server', 'Verdict', 'Fails, warnings', 'Version and deadlines', 'Prerequisites', 'Auto-upgrade', 'Staging mode', 'Cloud Sync', 'Deadline', 'Walk'])
    const rowHeaders = within(table).getAllByRole('rowheader')
    expect(rowHeaders.map((header) => header.textContent?.split('Contoso')[0]?.split('Fabrikam')[0])).toEqual(['AADC01', 'AADC02', 'FAB01'])
    expect(within(table).getAllByRole('row')[1]?.textContent).toContain('Critical')
    expect(screen.getByTestId('fleet-summary').textContent).toBe('3 servers as of 26 Nov 2026: 1 critical, 1 action required, 0 incomplete, 1 ready; 1 staging warning.')
  })

  it('draws the first 200 servers, and after Show all says so where the button was, with the focus there', async () => {
    const many = Array.from({ length: 205 }, (_, index) => saved(index + 10, `SYNC${index + 100}`, '2.5.79.0', 'Contoso'))
    renderFleet(many)
    const table = screen.getByRole('table', { name: 'Servers by urgency' })
    expect(within(table).getAllByRole('rowheader')).toHaveLength(200)
    fireEvent.click(screen.getByRole('button', { name: 'Show all 205 servers' }))
    await waitFor(() => expect(within(table).getAllByRole('rowheader')).toHaveLength(205))
    const said = screen.getByText('All 205 servers are shown.')
    expect(document.activeElement).toBe(said)
  })

  it('draws the heat map after the matrix, not in the same task', async () => {
    renderFleet(FLEET)
    expect(within(screen.getByRole('table', { name: 'Servers by urgency' })).getAllByRole('rowheader')).toHaveLength(3)
    expect(screen.queryByRole('table', { name: 'Deadlines by server' })).toBeNull()
    expect(screen.getByText('Drawing the heat map…')).toBeTruthy()
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Deadlines by server' })).getAllByRole('rowheader')).toHaveLength(3))
    expect(screen.queryByText('Drawing the heat map…')).toBeNull()
  })

  it('lists the assessments that could not be shown', () => {
    renderFleet(FLEET)
    expect(screen.getByText('x.json: It is not JSON.')).toBeTruthy()
  })

  it('narrows both tables when searching', async () => {
    renderFleet(FLEET)
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'fabrik' } })
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Deadlines by server' })).getAllByRole('rowheader')).toHaveLength(1))
    expect(screen.getByText('Showing 1 of 3 servers')).toBeTruthy()
    expect(within(screen.getByRole('table', { name: 'Servers by urgency' })).getAllByRole('rowheader')[0]?.textContent).toContain('FAB01')
  })

  it('opens a server’s walk', async () => {
    const { store, fake } = renderFleet(FLEET)
    act(() => store.getState().showView('fleet'))
    fake.loadAssessment.mockResolvedValue(okResult({ assessment: FLEET[2] as Assessment }))
    fireEvent.click(screen.getByRole('button', { name: 'Open walk of FAB01' }))
    await waitFor(() => expect(store.getState().view).toBe('walk'))
    expect(store.getState().assessment.customer).toBe('Fabrikam')
  })

  it('puts staging pairs that are fine after the tables, naming each unpaired server with its customer', () => {
    const fleet = [saved(1, 'AADC01', '2.4.27.0', 'Contoso'), saved(2, 'AADC01', '2.6.3.0', 'Fabrikam'), saved(3, 'FAB01', '2.6.92.0', 'Fabrikam')]
    const { container } = renderFleet(fleet)
    const sections = Array.from(container.querySelectorAll('[data-section]'), (element) => element.getAttribute('data-section'))
    expect(sections.indexOf('staging-pairs')).toBeGreaterThan(sections.indexOf('fleet-heat-map'))
    const card = container.querySelector('[data-section="staging-pairs"]')
    expect(card?.textContent).toContain('Without a staging partner: AADC01 (Contoso), AADC01 (Fabrikam), FAB01 (Fabrikam).')
  })

  it('puts a pair that needs a look (staging mode not known) before the matrix', () => {
    const { container } = renderFleet(FLEET)
    const sections = Array.from(container.querySelectorAll('[data-section]'), (element) => element.getAttribute('data-section'))
    expect(within(container.querySelector('[data-section="staging-pairs"]') as HTMLElement).getByRole('list', { name: 'Staging pairs' }).textContent).toContain('Staging mode not known')
    expect(sections.indexOf('staging-pairs')).toBeLessThan(sections.indexOf('fleet-matrix'))
  })
})
