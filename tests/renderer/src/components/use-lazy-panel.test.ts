import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useLazyPanel } from '~renderer/components/use-lazy-panel'

describe('useLazyPanel', () => {
  it('is not mounted until first opened, and stays mounted once closed', () => {
    const { result } = renderHook(() => useLazyPanel())
    expect(result.current).toMatchObject({ isOpen: false, isMounted: false })
    act(() => result.current.close())
    expect(result.current).toMatchObject({ isOpen: false, isMounted: false })
    act(() => result.current.open())
    expect(result.current).toMatchObject({ isOpen: true, isMounted: true })
    act(() => result.current.close())
    expect(result.current).toMatchObject({ isOpen: false, isMounted: true })
  })
})
