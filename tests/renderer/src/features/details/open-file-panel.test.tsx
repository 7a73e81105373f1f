import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { OpenFilePanel } from '../../../../../renderer/src/features/details/open-file-panel'
import { emptyInstallDetails } from '../../../../../shared/types/install-details'
import { createFakeApi, errorResult, okResult } from '../../../support/fake-api'
import { renderWithStore } from '../../../support/render'

afterEach(cleanup)

async function clickOpen() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Open install-details file…' }))
  })
}

describe('OpenFilePanel', () => {
  it('names the loaded file and its server', async () => {
    const fake = createFakeApi()
    const details = { ...emptyInstallDetails(), server: { name: 'AADC01' } }
    fake.openFile.mockResolvedValue(okResult({ status: 'opened', fileName: 'AADC01.json', encoding: 'utf-8', details }))
    renderWithStore(<OpenFilePanel />, fake)
    await clickOpen()
    expect(screen.getByText('Loaded AADC01.json (server AADC01)')).toBeTruthy()
  })

  it('shows main’s message in an error bar', async () => {
    const fake = createFakeApi()
    fake.openFile.mockResolvedValue(errorResult('invalid-json', 'bad.json: the JSON ends early.'))
    renderWithStore(<OpenFilePanel />, fake)
    await clickOpen()
    expect(screen.getByText(/bad\.json: the JSON ends early\./)).toBeTruthy()
  })

  it('shows nothing new when the dialog is canceled', async () => {
    renderWithStore(<OpenFilePanel />)
    await clickOpen()
    expect(screen.queryByText(/^Loaded/)).toBeNull()
    expect(screen.queryByText(/not loaded/)).toBeNull()
  })
})
