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

/** Splits text into lines, tolerating CRLF, LF and a stray BOM. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n|\r/)
}

/** `Name : Value` lines (Format-List). Continuation lines and blanks are skipped. */
export function readListLines(text: string): NameValue[] {
  const pairs: NameValue[] = []
  splitLines(text).forEach((raw, index) => {
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
  const lines = splitLines(text)
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
  const table = readTwoColumnTable(text)
  return table.length > 0 ? table : readListLines(text)
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
