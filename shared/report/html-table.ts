/**
 * An HTML table from headings (text, escaped here) and rows of cells (HTML, escaped by the caller).
 */
import { escapeHtml } from './escape-html'

/** The table's HTML; `className` goes on the table. */
export function htmlTable(headings: readonly string[], rows: readonly (readonly string[])[], className?: string): string {
  const head = headings.map((heading) => `<th>${escapeHtml(heading)}</th>`).join('')
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')
  return `<table${className === undefined ? '' : ` class="${escapeHtml(className)}"`}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
}
