/**
 * Turning an imported input's facts into what the wizard keeps of it: scalars and lists (sync
 * rules, connectors), within bounds, with the collector's own notes ("why a fact is missing") moved into the input's notes.
 *
 * Main uses it before a file's facts cross IPC; the renderer uses it for dropped and pasted text,
 * so every way in yields the same list.
 */
import { fieldWords } from './dropped-field-note'
import { isBoundedFactList } from './fact-list'
import type { Fact, FactScalar } from './text-forms/types'

/** The most facts one input may give (a full collector document has about 50). */
export const MAX_INPUT_FACTS = 1000
/** The most notes one input may carry. */
export const MAX_INPUT_NOTES = 100
/** The longest fact path. */
export const MAX_FACT_PATH_LENGTH = 256
/** The longest string value (the contract's suspension reason allows 4096). */
export const MAX_FACT_TEXT_LENGTH = 4096
/** The longest note. */
export const MAX_NOTE_LENGTH = 1000

/** An input's usable facts and its notes. */
export interface InputFacts {
  readonly facts: readonly Fact[]
  readonly notes: readonly string[]
}

const COLLECTOR_NOTES = 'collectorNotes'

function isScalar(value: unknown): value is FactScalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
}

function describeCollectorNote(note: unknown): string | undefined {
  if (note === null || typeof note !== 'object') {
    return typeof note === 'string' ? `The collector noted: ${note}` : undefined
  }
  const { field, reason } = note as { field?: unknown; reason?: unknown }
  return typeof field === 'string' && typeof reason === 'string' ? `The collector left ${fieldWords(field)} out: ${reason} (field ${field})` : undefined
}

function clip(text: string): string {
  return text.length > MAX_NOTE_LENGTH ? `${text.slice(0, MAX_NOTE_LENGTH - 1)}…` : text
}

/**
 * Keeps the facts the wizard can hold and says what it left out.
 *
 * Lists are kept when within `fact-list.ts`'s bounds (a list is one fact, compared whole); a
 * longer or deeper one, very long text, and any other shape are counted in a note rather than
 * carried.
 */
export function toInputFacts(facts: readonly Fact[], notes: readonly string[] = []): InputFacts {
  const kept: Fact[] = []
  const collectorNotes: string[] = []
  let skipped = 0
  for (const fact of facts) {
    const value: unknown = fact.value
    if (fact.path === COLLECTOR_NOTES && Array.isArray(value)) {
      collectorNotes.push(...value.map(describeCollectorNote).filter((note): note is string => note !== undefined))
    } else if (
      !(isScalar(value) || isBoundedFactList(value)) ||
      fact.path.length > MAX_FACT_PATH_LENGTH ||
      (typeof value === 'string' && value.length > MAX_FACT_TEXT_LENGTH) ||
      (typeof value === 'number' && !Number.isFinite(value))
    ) {
      skipped += 1
    } else {
      kept.push(fact)
    }
  }
  const overflow = Math.max(0, kept.length - MAX_INPUT_FACTS)
  const extra = [
    ...(skipped > 0 ? [`${skipped} extra field${skipped === 1 ? '' : 's'} too large to keep (very long lists or text) left out`] : []),
    ...(overflow > 0 ? [`only the first ${MAX_INPUT_FACTS} fields were read; ${overflow} more were left out`] : []),
  ]
  const allNotes = [...notes, ...collectorNotes, ...extra].map(clip)
  return {
    facts: kept.slice(0, MAX_INPUT_FACTS),
    notes: allNotes.length > MAX_INPUT_NOTES ? [...allNotes.slice(0, MAX_INPUT_NOTES - 1), `and ${allNotes.length - MAX_INPUT_NOTES + 1} more notes`] : allNotes,
  }
}
