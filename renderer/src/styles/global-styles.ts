/**
 * Page-level basics Fluent does not set.
 *
 * Inserted by Griffel through CSSOM like every other style, not as a CSS file: in development
 * Vite would inject a CSS import as an inline <style> with content, which the CSP refuses.
 */
import { makeStaticStyles } from '@fluentui/react-components'

/** Applies the page-level styles; call once near the root. */
export const useGlobalStyles = makeStaticStyles({
  'html, body, #root': { margin: 0, height: '100%' },
  // Native parts (scrollbars, the date picker) follow the OS scheme, as the Fluent theme does.
  html: { colorScheme: 'light dark' },
})
