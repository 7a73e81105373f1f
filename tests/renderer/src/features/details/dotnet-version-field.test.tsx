import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DotnetVersionField, versionOfRelease } from '~renderer/features/details/dotnet-version-field'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { renderWithStore } from '~tests/renderer/support/render'

const RELEASES = BUILT_IN_PACK.thresholds.dotnet.releases

afterEach(cleanup)

describe('versionOfRelease', () => {
  it('finds the version a Release value belongs to', () => {
    expect(versionOfRelease('528449', RELEASES)).toBe('528040')
    expect(versionOfRelease('461808', RELEASES)).toBe('461808')
    expect(versionOfRelease('379893', RELEASES)).toBe('older')
    expect(versionOfRelease('', RELEASES)).toBe('')
  })
})

describe('DotnetVersionField', () => {
  it('names each version with its lowest Release value', () => {
    renderWithStore(<DotnetVersionField />)
    expect(screen.getByRole('option', { name: '4.8 (528040+)' })).toBeTruthy()
  })

  it('sets the release to the chosen version’s lowest value', () => {
    const { store } = renderWithStore(<DotnetVersionField />)
    fireEvent.change(screen.getByLabelText('.NET Framework version'), { target: { value: '528040' } })
    expect(store.getState().details.dotnet?.release).toBe(528040)
  })

  it('keeps a typed release that already belongs to the chosen version', () => {
    const { store } = renderWithStore(<DotnetVersionField />)
    act(() => store.getState().setTypedFacts({ dotnetRelease: '528449' }))
    fireEvent.change(screen.getByLabelText('.NET Framework version'), { target: { value: '528040' } })
    expect(store.getState().details.dotnet?.release).toBe(528449)
  })
})
