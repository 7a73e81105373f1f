/**
 * Fluent's light or dark theme, following the operating system's colour scheme as it changes.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components'
import { useSyncExternalStore, type ReactNode } from 'react'
import { useGlobalStyles } from './styles/global-styles'

const DARK_QUERY = '(prefers-color-scheme: dark)'

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

/** True while the OS (or an emulated media query) prefers a dark colour scheme. */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(DARK_QUERY).matches)
}

/** A FluentProvider whose theme follows `prefers-color-scheme`, plus the page-level styles. */
export function ThemedProvider({ children }: { readonly children: ReactNode }) {
  useGlobalStyles()
  const isDark = usePrefersDark()
  return <FluentProvider theme={isDark ? webDarkTheme : webLightTheme}>{children}</FluentProvider>
}
