/**
 * Characters that change how text reads without being seen: C0 and C1 controls (ESC starts a
 * terminal escape sequence; 0x9B is a one-character CSI), bidirectional overrides (U+202E shows
 * `exe.txt` for `txt.exe`), zero-width characters and line separators. Values quoted from input
 * files can carry any of them, so every writer makes them harmless: JSON escapes them, reports
 * show them as `[U+202E]`.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const INVISIBLE_IN_REPORTS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\p{Cf}\u2028\u2029]/gu
const INVISIBLE_IN_JSON = /[\u007f-\u009f\p{Cf}\u2028\u2029]/gu

function codePointName(character: string): string {
  return (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
}

/** `text` with every invisible or control character (tab and line breaks kept) shown as `[U+XXXX]`. */
export function showControlCharacters(text: string): string {
  return text.replace(INVISIBLE_IN_REPORTS, (character) => `[U+${codePointName(character)}]`)
}

/**
 * JSON text with the controls `JSON.stringify` leaves raw (DEL, C1, format characters, U+2028/9)
 * escaped as `\uXXXX`. Safe on a whole document: outside strings, JSON holds ASCII only.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(INVISIBLE_IN_JSON, (character) => `\\u${codePointName(character).toLowerCase()}`)
}

/** `JSON.stringify` with {@link escapeJsonControls} applied. */
export function safeJsonStringify(value: unknown, replacer?: null, indent?: number): string {
  return escapeJsonControls(JSON.stringify(value, replacer, indent))
}
