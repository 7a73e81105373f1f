/**
 * Text that is safe to print on a terminal: one line, no control characters.
 *
 * Messages can quote values from the files (a server name, a `kind`), and a crafted file must not
 * be able to send escape sequences to the admin's terminal or split one error over several lines.
 */

const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029]+/gu

/** Replaces every run of control characters (newlines included) with one space. */
export function toTerminalLine(text: string): string {
  return text.replace(CONTROL_CHARACTERS, ' ').trim()
}
