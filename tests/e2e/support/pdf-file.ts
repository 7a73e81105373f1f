/**
 * Reading just enough of a PDF to tell a real document from a file that merely starts like one:
 * the header, the page tree's page count and the end-of-file marker. No PDF library is installed,
 * and none is needed for these: Chromium writes the page tree as plain (uncompressed) objects.
 */

/** What the tests check of a PDF file. */
export interface PdfSummary {
  /** The `%PDF-x.y` version in the header, or undefined when there is none. */
  readonly version: string | undefined
  /** `/Count` of the root page tree (the largest `/Type /Pages` count), or 0 when none is found. */
  readonly pageTreeCount: number
  /** How many leaf `/Type /Page` objects there are. */
  readonly pageObjects: number
  /** True when the file ends with `%%EOF` (possibly followed by a line break). */
  readonly hasEndMarker: boolean
}

/** Reads the header, page counts and end marker of `bytes`. */
export function summarizePdf(bytes: Uint8Array): PdfSummary {
  // latin1 keeps every byte as one character, so offsets and binary streams stay harmless.
  const text = Buffer.from(bytes).toString('latin1')
  const version = /^%PDF-(\d\.\d)/.exec(text)?.[1]
  const counts = [...text.matchAll(/<<(?:(?!>>)[\s\S])*?\/Type\s*\/Pages\b(?:(?!>>)[\s\S])*?>>/g)].map((match) => Number(/\/Count\s+(\d+)/.exec(match[0])?.[1] ?? 0))
  const pageObjects = [...text.matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)].length
  return { version, pageTreeCount: Math.max(0, ...counts), pageObjects, hasEndMarker: /%%EOF\s*$/.test(text) }
}
