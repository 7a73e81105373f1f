import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '~electron/cli/args'

describe('parseCliArgs', () => {
  it('parses the files with the defaults', () => {
    expect(parseCliArgs(['assess', 'a.json', 'b.json'])).toEqual({ kind: 'assess', inputs: [{ path: 'a.json' }, { path: 'b.json' }], format: 'json' })
  })

  it('parses every option, in either spelling and anywhere', () => {
    expect(parseCliArgs(['--format=text', 'assess', 'a.json', '--as-of', '2026-09-30', '--out', 'report.txt'])).toEqual({
      kind: 'assess',
      inputs: [{ path: 'a.json' }],
      format: 'text',
      asOf: '2026-09-30',
      out: 'report.txt',
    })
  })

  it.each(['json', 'text', 'markdown', 'html', 'csv', 'sarif', 'jsonl'])('takes --format %s', (format) => {
    expect(parseCliArgs(['assess', 'a.json', '--format', format])).toMatchObject({ kind: 'assess', format })
  })

  it('takes --redact anywhere, and leaves it out when not given', () => {
    expect(parseCliArgs(['assess', '--redact', 'a.json', '--format', 'html'])).toEqual({ kind: 'assess', inputs: [{ path: 'a.json' }], format: 'html', redact: true })
    expect(parseCliArgs(['assess', 'a.json'])).not.toHaveProperty('redact')
  })

  it('groups the files after --server NAME into that server, up to the next --server', () => {
    expect(parseCliArgs(['assess', 'x.json', '--server', 'AADC01', 'a.json', 'sched.txt', '--server=AADC02', 'b.json'])).toMatchObject({
      inputs: [
        { path: 'x.json' },
        { path: 'a.json', server: 'AADC01' },
        { path: 'sched.txt', server: 'AADC01' },
        { path: 'b.json', server: 'AADC02' },
      ],
    })
  })

  it.each([[['assess', 'a.json', '--server']], [['assess', '--server', '--format', 'json', 'a.json']], [['assess', '--server=', 'a.json']]])(
    'needs a name after --server: %j',
    (argv) => {
      expect(parseCliArgs(argv)).toEqual({ kind: 'usage-error', message: '--server needs a server name.' })
    },
  )

  it('takes everything after -- as files', () => {
    expect(parseCliArgs(['assess', '--', '--odd-name.json', '-h'])).toMatchObject({ inputs: [{ path: '--odd-name.json' }, { path: '-h' }] })
  })

  it.each([['--help'], ['-h'], ['assess', 'a.json', '--help']])('asks for help with %j', (...argv) => {
    expect(parseCliArgs(argv)).toEqual({ kind: 'help' })
  })

  it.each([['--version'], ['-V']])('asks for the version with %s', (flag) => {
    expect(parseCliArgs([flag])).toEqual({ kind: 'version' })
  })

  it.each([
    [[], 'no command given'],
    [['inspect', 'a.json'], 'unknown command "inspect"'],
    [['assess'], 'no FILE given'],
    [['assess', 'a.json', '--verbose'], 'unknown option "--verbose"'],
    [['assess', 'a.json', '--as-of', '2026-02-30'], '--as-of needs a calendar date'],
    [['assess', 'a.json', '--as-of', '26/11/2026'], '--as-of needs a calendar date'],
    [['assess', 'a.json', '--as-of'], '--as-of needs a value'],
    [['assess', 'a.json', '--as-of', '--format', 'json'], '--as-of needs a value'],
    [['assess', 'a.json', '--format', 'xml'], 'unknown format "xml"'],
    [['assess', 'a.json', '--redact=yes'], '--redact takes no value'],
    [['assess', 'a.json', '--out', 'x', '--out', 'y'], '--out is given more than once'],
    [['assess', 'a.json', '--out='], '--out needs a file name'],
  ])('refuses %j', (argv, message) => {
    const command = parseCliArgs(argv)
    expect(command.kind).toBe('usage-error')
    expect(command.kind === 'usage-error' && command.message).toContain(message)
  })
})
