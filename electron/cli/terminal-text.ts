/**
 * Text that is safe to print on a terminal: one line, no control characters.
 *
 * Messages can quote values from the files (a server name, a `kind`), and a crafted file must not
 * be able to send escape sequences to the admin's terminal or split one error over several lines.
 */

// Cc: C0, DEL and C1 (ESC, CSI); Cf: bidi overrides, zero-width characters, the BOM.
const CONTROL_CHARACTERS = /[\p{Cc}\p{Cf}\u2028\u2029]+/gu

/** Replaces every run of control or invisible format characters (newlines included) with one space. */
export function toTerminalLine(text: string): string {
  return text.replace(CONTROL_CHARACTERS, ' ').trim()
}
