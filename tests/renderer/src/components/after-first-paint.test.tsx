import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { AfterFirstPaint, FirstPaintProvider } from '~renderer/components/after-first-paint'

afterEach(() => {
  cleanup()
})

function Screen() {
  return (
    <>
      <p>The form</p>
      <AfterFirstPaint>
        <p>The step list</p>
      </AfterFirstPaint>
    </>
  )
}

describe('AfterFirstPaint', () => {
  it('draws its children at once without a provider (as every renderer test renders)', () => {
    render(<Screen />)
    expect(screen.getByText('The step list')).toBeTruthy()
  })

  it('under the provider, draws them only after the first frame, the rest at once', async () => {
    render(
      <FirstPaintProvider>
        <Screen />
      </FirstPaintProvider>,
    )
    expect(screen.getByText('The form')).toBeTruthy()
    expect(screen.queryByText('The step list')).toBeNull()
    expect(await screen.findByText('The step list')).toBeTruthy()
  })
})
