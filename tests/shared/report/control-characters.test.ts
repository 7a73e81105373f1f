import { describe, expect, it } from 'vitest'
import { formatText } from '~electron/cli/format-text'
import { toTerminalLine } from '~electron/cli/terminal-text'
import { toContractDocument } from '~shared/report/fleet-input'
import { escapeJsonControls, showControlCharacters } from '~shared/report/control-characters'
import { renderReport } from '~shared/report/render-report'
import { documentOf, fleetOf, serverFromDocument } from '~tests/support/report-fleet'

// ESC with a colour sequence, a one-character CSI (C1), a right-to-left override, a zero-width space.
const HOSTILE = 'AADC\u001b[31m01\u009b2J\u202Etxt.exe\u200b'
// eslint-disable-next-line no-control-regex -- control characters are what the test looks for
const INVISIBLE = /[\u001b\u009b\u202e\u200b]/

function fleet() {
  const base = documentOf('tests/fixtures/files/aadc01.json')
  return fleetOf([serverFromDocument({ ...base, server: { ...(base.server as object), name: HOSTILE } }, 'aadc01.json')])
}

describe('control, bidi and zero-width characters from the inputs', () => {
  it.each(['markdown', 'html', 'csv'] as const)('are shown as [U+XXXX] in %s, never raw', (format) => {
    const output = renderReport(format, fleet(), false)
    expect(output).not.toMatch(INVISIBLE)
    for (const shown of ['AADC[U+001B]', '[U+009B]2J', '[U+202E]txt.exe[U+200B]']) {
      expect(output).toContain(shown)
    }
  })

  it('are escaped in JSON, which still parses to the same name', () => {
    const output = renderReport('json', fleet(), false)
    expect(output).not.toMatch(INVISIBLE)
    expect(output).toContain('\\u001b[31m01\\u009b2J\\u202etxt.exe\\u200b')
    expect((JSON.parse(output) as { servers: Array<{ name: string }> }).servers[0]?.name).toBe(HOSTILE)
  })

  it('never reach the terminal in text output', () => {
    expect(formatText(toContractDocument(fleet()))).not.toMatch(INVISIBLE)
    expect(toTerminalLine('a\u202Eb\u200bc\u2066d\u009be')).toBe('a b c d e')
  })

  it('keep tabs and line breaks in reports', () => {
    expect(showControlCharacters('a\tb\r\nc')).toBe('a\tb\r\nc')
    expect(escapeJsonControls('"a\u0085b"')).toBe('"a\\u0085b"')
  })
})
