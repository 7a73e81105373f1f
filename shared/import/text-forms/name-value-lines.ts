/**
 * Reading PowerShell's two plain layouts of name/value data: `Format-List` (`Name : Value`) and a
 * two-column `Format-Table` (`Name   Value` under a `----   -----` rule).
 */

/** One name and its value, with the 1-based line it came from. */
export interface NameValue {
  readonly name: string
  readonly value: string
  readonly line: number
}

const LIST_LINE = /^\s*([A-Za-z][\w.$-]*)\s*:\s?(.*)$/
const RULE_LINE = /^\s*-{2,}(\s+-{2,})*\s*$/

/**
 * Splits text into lines, tolerating CRLF, LF, a lone CR and a stray BOM.
 *
 * Split by the plain `\n` first (several times faster than a pattern over a megabyte of blank
 * lines), then any piece holding a CR is split again; a CR just before the `\n` ends its line.
 */
export function splitLines(text: string): string[] {
  const pieces = text.replace(/^\uFEFF/, '').split('\n')
  const lines: string[] = []
  pieces.forEach((piece, index) => {
    if (!piece.includes('\r')) {
      lines.push(piece)
      return
    }
    const parts = piece.split('\r')
    const count = index < pieces.length - 1 && parts[parts.length - 1] === '' ? parts.length - 1 : parts.length
    for (let part = 0; part < count; part += 1) {
      lines.push(parts[part] ?? '')
    }
  })
  return lines
}

/** `Name : Value` lines (Format-List). Continuation lines and blanks are skipped. */
export function readListLines(text: string): NameValue[] {
  return listPairs(splitLines(text))
}

function listPairs(lines: readonly string[]): NameValue[] {
  const pairs: NameValue[] = []
  lines.forEach((raw, index) => {
    const match = LIST_LINE.exec(raw)
    if (match !== null) {
      pairs.push({ name: match[1] ?? '', value: (match[2] ?? '').trim(), line: index + 1 })
    }
  })
  return pairs
}

/**
 * Rows of a two-column table: the line after a `----  -----` rule onwards, split at the column
 * where the rule's second dash run starts (values may contain spaces).
 */
export function readTwoColumnTable(text: string): NameValue[] {
  return tablePairs(splitLines(text))
}

function tablePairs(lines: readonly string[]): NameValue[] {
  const ruleIndex = lines.findIndex((line) => RULE_LINE.test(line))
  if (ruleIndex < 0) {
    return []
  }
  const rule = lines[ruleIndex] ?? ''
  const secondColumn = rule.search(/-\s+-/) + 1
  const pairs: NameValue[] = []
  for (let index = ruleIndex + 1; index < lines.length; index += 1) {
    const line = lines[index] ?? ''
    if (line.trim() === '') {
      continue
    }
    const cut = secondColumn > 0 && line.length > secondColumn && line[secondColumn - 1] === ' ' ? secondColumn : -1
    const [name, value] =
      cut > 0 ? [line.slice(0, cut).trim(), line.slice(cut).trim()] : splitAtFirstGap(line.trim())
    if (name !== '' && !name.includes(' ')) {
      pairs.push({ name, value, line: index + 1 })
    }
  }
  return pairs
}

function splitAtFirstGap(line: string): [string, string] {
  const match = /^(\S+)\s+(.*)$/.exec(line)
  return match === null ? [line, ''] : [match[1] ?? '', (match[2] ?? '').trim()]
}

/** Either layout: list lines when there are any, else the table rows. */
export function readNameValues(text: string): NameValue[] {
  const lines = splitLines(text)
  const table = tablePairs(lines)
  return table.length > 0 ? table : listPairs(lines)
}

/** PowerShell's `True`/`False` (any case), else undefined. */
export function parseBoolean(value: string): boolean | undefined {
  const normalized = value.trim().toLowerCase()
  if (normalized === 'true' || normalized === '$true') {
    return true
  }
  if (normalized === 'false' || normalized === '$false') {
    return false
  }
  return undefined
}
