/**
 * Fluent's theme, following the operating system as it changes: Windows high contrast
 * (`forced-colors: active`) gets Fluent's high-contrast theme, otherwise light or dark follows
 * `prefers-color-scheme`.
 */
import { FluentProvider, teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components'
import { useSyncExternalStore, type ReactNode } from 'react'
import { useGlobalStyles } from './styles/global-styles'
import { usePrintStyles } from './styles/print-styles'

const DARK_QUERY = '(prefers-color-scheme: dark)'
const FORCED_COLORS_QUERY = '(forced-colors: active)'

/** The OS appearance the theme follows. */
export type Appearance = 'light' | 'dark' | 'high-contrast'

const THEMES: Readonly<Record<Appearance, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  'high-contrast': teamsHighContrastTheme,
}

function subscribe(onChange: () => void): () => void {
  const queries = [window.matchMedia(DARK_QUERY), window.matchMedia(FORCED_COLORS_QUERY)]
  queries.forEach((query) => query.addEventListener('change', onChange))
  return () => queries.forEach((query) => query.removeEventListener('change', onChange))
}

function readAppearance(): Appearance {
  if (window.matchMedia(FORCED_COLORS_QUERY).matches) {
    return 'high-contrast'
  }
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light'
}

/** The OS appearance, kept current as the OS (or an emulated media query) changes. */
export function useAppearance(): Appearance {
  return useSyncExternalStore(subscribe, readAppearance)
}

/** A FluentProvider whose theme follows the OS, plus the page-level and print styles. */
export function ThemedProvider({ children }: { readonly children: ReactNode }) {
  useGlobalStyles()
  usePrintStyles()
  const appearance = useAppearance()
  return (
    <FluentProvider theme={THEMES[appearance]} data-appearance={appearance}>
      {children}
    </FluentProvider>
  )
}
