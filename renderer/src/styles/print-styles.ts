/**
 * The print-friendly view: navigation and controls hidden, dark text on white paper whatever the
 * theme, so the summary and the checklist print as a hand-out.
 *
 * Elements that must not print carry `data-print="hide"` (buttons and pickers never print); the app's layout drops its fixed height
 * and scrolling in its own `@media print` styles.
 */
import { makeStaticStyles } from '@fluentui/react-components'

/** Applies the print styles; call once near the root. */
export const usePrintStyles = makeStaticStyles(`
@media print {
  [data-print="hide"] { display: none !important; }
  /* Paper has nothing to press: buttons and pickers stay off it (a disclosure's header, which carries its title, stays). */
  #root button:not([aria-expanded]), #root select, #root [role="combobox"] { display: none !important; }
  html, body, #root { height: auto !important; overflow: visible !important; }
  html, body { background-color: #fff !important; color-scheme: light !important; }
  #root, #root * {
    color: #000 !important;
    background-color: transparent !important;
    box-shadow: none !important;
  }
  #root pre { border: 1px solid #000 !important; break-inside: avoid; }
  #root li, #root tr { break-inside: avoid; }
}
`)
