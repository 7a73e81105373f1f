import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ThemedProvider } from '~renderer/theme'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function stubMedia(matching: readonly string[]) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: matching.includes(query),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }))
}

function appearance(): string | null {
  return document.querySelector('[data-appearance]')?.getAttribute('data-appearance') ?? null
}

describe('ThemedProvider', () => {
  it('is light by default', () => {
    stubMedia([])
    render(<ThemedProvider>content</ThemedProvider>)
    expect(appearance()).toBe('light')
  })

  it('follows a dark colour scheme', () => {
    stubMedia(['(prefers-color-scheme: dark)'])
    render(<ThemedProvider>content</ThemedProvider>)
    expect(appearance()).toBe('dark')
  })

  it('uses the high-contrast theme when Windows forces colours, whatever the scheme', () => {
    stubMedia(['(prefers-color-scheme: dark)', '(forced-colors: active)'])
    render(<ThemedProvider>content</ThemedProvider>)
    expect(appearance()).toBe('high-contrast')
  })
})
