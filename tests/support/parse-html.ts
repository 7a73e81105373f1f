/**
 * Parsing a report's HTML in a node test (jsdom), typed with just the DOM calls the tests make:
 * the node tsconfig has no DOM library and the project has no jsdom types.
 */
// @ts-expect-error jsdom ships no type declarations and the project has no @types/jsdom
import { JSDOM } from 'jsdom'

/** An element, as the report tests read it. */
export interface ParsedElement {
  readonly textContent: string | null
  querySelector(selectors: string): ParsedElement | null
  querySelectorAll(selectors: string): ArrayLike<ParsedElement> & Iterable<ParsedElement>
  getAttribute(name: string): string | null
  getAttributeNames(): string[]
}

/** A parsed page. */
export interface ParsedDocument extends ParsedElement {
  readonly title: string
  readonly body: ParsedElement
}

/** Parses `html` as a browser would (no scripts run). */
export function parseHtml(html: string): ParsedDocument {
  return (new JSDOM(html) as { window: { document: ParsedDocument } }).window.document
}
