import { describe, expect, it } from 'vitest'
import { buildFleetReport } from '~shared/report/fleet-report'
import { codeBlock, escapeMarkdown, formatMarkdown } from '~shared/report/format-markdown'
import { documentOf, fleetOf, sampleFleet, serverFromDocument } from '~tests/support/report-fleet'

describe('formatMarkdown', () => {
  it('has the HTML report content in the same order', () => {
    const markdown = formatMarkdown(buildFleetReport(sampleFleet()))
    const headings = markdown.split('\n').filter((line) => /^#{1,3} /.test(line))
    expect(headings.slice(0, 7)).toEqual([
      '# Entra Connect upgrade readiness: 3 servers, as of 2026-11-26',
      '## Fleet overview',
      '### Staging pairs',
      '## V1-2012R2: Critical',
      '### Executive summary',
      '### Version and deadlines',
      '### Prerequisites',
    ])
    expect(headings.filter((line) => line === '### Raw facts')).toHaveLength(3)
    expect(markdown).toContain('| Fact | Value | From |\n| --- | --- | --- |\n| connect.version | 1.6.16.0 | tests/fixtures/scenarios/v1-ws2012r2.json |')
    expect(markdown).toMatch(/\[Prerequisites for Microsoft Entra Connect\]\(https:\/\/learn\.microsoft\.com\/[^)\s]+\) \(Learn copy ms\.date /)
    expect(markdown).toMatch(/\n {3}```powershell\n {3}Get-ADSyncScheduler\n/)
    expect(markdown).toContain('> **Uncertain:** ')
    expect(markdown.endsWith('\n')).toBe(true)
  })

  it('escapes values so none can become markup, a link, a table cell or a heading', () => {
    const hostile = '# <script>x</script> | [link](https://evil.example) *bold* `code`\nnext line'
    const document = documentOf('tests/fixtures/files/aadc01.json')
    const server = serverFromDocument({ ...document, server: { ...(document.server as object), name: hostile } }, 'aadc01.json')
    const markdown = formatMarkdown(buildFleetReport(fleetOf([server])))
    expect(markdown).not.toContain('<script>')
    expect(markdown).not.toContain('[link](')
    expect(markdown).not.toContain('next line\n')
    expect(markdown).toContain('\\# &lt;script>x&lt;/script> \\| \\[link\\](https://evil.example) \\*bold\\* \\`code\\` next line')
  })
})

describe('escapeMarkdown', () => {
  it.each([
    ['- item', '\\- item'],
    ['12. item', '12\\. item'],
    ['## title', '#\\# title'],
    ['2.4.27.0 is below', '2.4.27.0 is below'],
    ['AADC-STAGING', 'AADC-STAGING'],
    ['a_b*c', 'a\\_b\\*c'],
    ['more than 100,000 objects (> 100,000)', 'more than 100,000 objects (> 100,000)'],
    ['> quoted', '\\> quoted'],
  ])('%s → %s', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped)
  })
})

describe('codeBlock', () => {
  it('fences code with more backticks than it holds', () => {
    expect(codeBlock('a ```` b', 'powershell')).toBe('`````powershell\na ```` b\n`````')
  })
})
