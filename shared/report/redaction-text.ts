/**
 * Matching names in text the way people read them: whatever the letter case, in any script.
 *
 * `toLowerCase` and a regular expression's `i` flag miss names whose lower-case form differs:
 * `İSTANBUL-DC01` lowers to `i̇stanbul-dc01` (two code units for the İ), and the Kelvin sign `K`
 * matches no `k` without the `u` flag. Here each character is folded on its own (NFKC, upper- then
 * lower-cased in the root locale, accents dropped, dotless ı as i, ß as ss), so `İSTANBUL`, `istanbul` and
 * `ıstanbul` are one name and `ＡＡＤＣ０１` (full width) is `aadc01`; a found name maps back
 * to the exact characters it came from. Names match as whole tokens only: `ok` is never found
 * inside `book`.
 */

const ASCII_ONLY = /^[^\u0080-\uffff]*$/
const RUNS = /[^\u0080-\uffff]+|[\u0080-\uffff]+/g

/** The folded form of `text`: the key two spellings of one name share. */
export function foldName(text: string): string {
  return ASCII_ONLY.test(text) ? text.toLowerCase() : text.replace(RUNS, (run) => (run.charCodeAt(0) < 0x80 ? run.toLowerCase() : Array.from(run, foldCharacter).join('')))
}

interface Folded {
  readonly folded: string
  /** For each folded code unit, the index in the text of the character it came from (none: the same index). */
  readonly starts?: readonly number[]
  /** For each folded code unit, the index just after that character (none: the next index). */
  readonly ends?: readonly number[]
}


const COMBINING_MARKS = /\p{M}/gu

const folds = new Map<string, string>()

function foldCharacter(character: string): string {
  const known = folds.get(character)
  if (known !== undefined) {
    return known
  }
  const folded = foldOne(character)
  if (folds.size < 65_536) {
    folds.set(character, folded)
  }
  return folded
}

function foldOne(character: string): string {
  return character.normalize('NFKC').toLocaleUpperCase('und').toLocaleLowerCase('und').normalize('NFKD').replace(COMBINING_MARKS, '').replace(/ı/g, 'i').replace(/ß/g, 'ss')
}

function foldWithMap(text: string): Folded {
  if (ASCII_ONLY.test(text)) {
    // Nearly all text: one folded unit per character, no map needed.
    return { folded: text.toLowerCase() }
  }
  let folded = ''
  const starts: number[] = []
  const ends: number[] = []
  for (let index = 0; index < text.length; ) {
    const code = text.charCodeAt(index)
    if (code < 0x80) {
      // ASCII (nearly all text): lower-case it directly.
      folded += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : text[index]
      starts.push(index)
      ends.push(index + 1)
      index += 1
      continue
    }
    const point = text.codePointAt(index) ?? code
    const width = point > 0xffff ? 2 : 1
    const piece = foldCharacter(text.slice(index, index + width))
    for (let unit = 0; unit < piece.length; unit += 1) {
      starts.push(index)
      ends.push(index + width)
    }
    folded += piece
    index += width
  }
  return { folded, starts, ends }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Finds and replaces whole-token occurrences of folded names in text. */
export interface NameMatcher {
  /** `text` with every name replaced by `replacement(folded name)`. */
  replace(text: string, replacement: (name: string) => string): string
  /** The folded names found in `text`, each once. */
  find(text: string): readonly string[]
}

const WORD = /[\p{L}\p{N}_]+/gu
const LEADING_WORD = /^[\p{L}\p{N}_]+/u
const WORD_CHARACTER = /[\p{L}\p{N}_]/u

interface Found {
  readonly index: number
  readonly name: string
}

/**
 * A matcher for `names` (folded, as {@link foldName} gives them); the longest name wins where two
 * overlap. Names are looked up by their first word at each word of the text (a map, not one
 * pattern of thousands of alternatives), so a fleet's worth of names costs little per text.
 */
export function createNameMatcher(names: Iterable<string>): NameMatcher {
  const byFirstWord = new Map<string, string[]>()
  const unusual: string[] = []
  for (const name of [...new Set(names)].sort((a, b) => b.length - a.length)) {
    const first = LEADING_WORD.exec(name)?.[0]
    if (first === undefined) {
      if (name.length > 0) {
        unusual.push(name)
      }
      continue
    }
    const list = byFirstWord.get(first) ?? []
    list.push(name)
    byFirstWord.set(first, list)
  }
  const unusualPattern = unusual.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}_])(?:${unusual.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'gu')
  const endsAtEdge = (text: string, end: number) => end >= text.length || !WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(end) ?? 0))
  const findAll = (folded: string): Found[] => {
    const found: Found[] = []
    for (const word of folded.matchAll(WORD)) {
      const name = byFirstWord.get(word[0])?.find((candidate) => folded.startsWith(candidate, word.index) && endsAtEdge(folded, word.index + candidate.length))
      if (name !== undefined) {
        found.push({ index: word.index, name })
      }
    }
    if (unusualPattern !== undefined) {
      for (const match of folded.matchAll(unusualPattern)) {
        found.push({ index: match.index, name: match[0] })
      }
      found.sort((a, b) => a.index - b.index || b.name.length - a.name.length)
    }
    return found
  }
  return {
    replace: (text, replacement) => {
      if (byFirstWord.size === 0 && unusual.length === 0) {
        return text
      }
      const folded = foldWithMap(text)
      const found = findAll(folded.folded)
      if (found.length === 0) {
        return text
      }
      let out = ''
      let at = 0
      for (const match of found) {
        const last = match.index + match.name.length - 1
        const start = folded.starts === undefined ? match.index : (folded.starts[match.index] ?? 0)
        const end = folded.ends === undefined ? last + 1 : (folded.ends[last] ?? start)
        if (start < at) {
          continue
        }
        out += `${text.slice(at, start)}${replacement(match.name)}`
        at = end
      }
      return `${out}${text.slice(at)}`
    },
    find: (text) => (byFirstWord.size === 0 && unusual.length === 0 ? [] : [...new Set(findAll(foldName(text)).map((match) => match.name))]),
  }
}
