import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DropZone, FileDropTarget } from '~renderer/features/details/drop-zone'
import { renderWithStore } from '~tests/renderer/support/render'

afterEach(cleanup)

function file(name: string, text: string) {
  const bytes = new TextEncoder().encode(text)
  return { name, size: bytes.length, arrayBuffer: vi.fn(async () => bytes.buffer) }
}

function renderDropTarget() {
  return renderWithStore(
    <FileDropTarget>
      <DropZone />
    </FileDropTarget>,
  )
}

describe('FileDropTarget', () => {
  it('loads each dropped file, in order', async () => {
    const { store } = renderDropTarget()
    const files = [file('auto.txt', 'Enabled'), file('ps.txt', 'Name Value\n---- -----\nPSVersion 5.1.17763.6189')]
    await act(async () => {
      fireEvent.drop(screen.getByText(/Drop the collector’s file/), { dataTransfer: { files, types: ['Files'] } })
    })
    expect(store.getState().inputs.map((input) => [input.source, input.format])).toEqual([
      ['auto.txt', 'get-adsyncautoupgrade'],
      ['ps.txt', 'psversiontable'],
    ])
  })

  it('says to drop while files are dragged over', () => {
    renderDropTarget()
    fireEvent.dragOver(screen.getByText(/Drop the collector’s file/), { dataTransfer: { files: [], types: ['Files'], dropEffect: 'none' } })
    expect(screen.getByText('Drop to load the files.')).toBeTruthy()
  })

  it('opens a file through main with the Open button', async () => {
    const { fake } = renderDropTarget()
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open install-details file…' })))
    expect(fake.openFile).toHaveBeenCalledWith({})
  })

  it('opens a server-configuration folder through main with its own button, as one input', async () => {
    const { fake, store } = renderDropTarget()
    const connectors = [{ name: 'contoso.com', type: 'AD' }, { name: 'contoso.onmicrosoft.com - AAD', type: 'Extensible2' }]
    fake.openFolder.mockResolvedValueOnce({
      ok: true,
      value: { status: 'opened', fileName: 'ServerConfiguration', encoding: 'utf-8-bom', format: 'server-configuration-folder', facts: [{ path: 'customizations.connectors', value: connectors }], notes: [] },
    })
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open server-configuration folder…' })))
    expect(fake.openFolder).toHaveBeenCalledWith({})
    expect(fake.openFile).not.toHaveBeenCalled()
    expect(store.getState().inputs.map((input) => [input.source, input.format])).toEqual([['ServerConfiguration', 'server-configuration-folder']])
    expect(store.getState().details.customizations?.connectors).toEqual(connectors)
  })

  it('shows main’s message for a folder that is not an export', async () => {
    const { fake, store } = renderDropTarget()
    fake.openFolder.mockResolvedValueOnce({ ok: false, error: { code: 'invalid-document', message: 'Downloads: this folder is not a Get-ADSyncServerConfiguration export: it has no Connectors folder.' } })
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open server-configuration folder…' })))
    expect(store.getState().importError).toMatch(/^Downloads: this folder is not a Get-ADSyncServerConfiguration export/)
    expect(store.getState().isOpeningFile).toBe(false)
  })
})
