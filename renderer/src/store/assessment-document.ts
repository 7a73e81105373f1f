/**
 * Turning the wizard's state into a saved assessment's draft and back.
 *
 * Only the layers are saved (loaded inputs, typed values, answers, in the order they were given),
 * never the merged document: it is derived again from them on open. The conflict choices are the
 * assessment's own `conflictChoices`; ticks and the role travel in its open `answers` record under
 * prefixed keys.
 */
import type { RulePack } from '~shared/rules/pack/types'
import type { AssessmentDraft, AssessmentInput } from '~shared/assessments/assessment'
import type { IsoDate } from '~shared/dates/iso-date'
import { isIsoDate } from '~shared/dates/iso-date'
import { CHECKLIST_ANSWER_PREFIX as TICK_PREFIX, ticksFromAnswers } from '~shared/assessments/checklist-ticks'
import type { FactValue } from '~shared/import/text-forms/types'
import { ROLES, type Role } from './guide-slice'
import { TYPED_IN, type Answer, type InputLayers, type LoadedInput, type TypedValue } from './input-layers'
import { factToText } from './typed-facts'
import { fieldForPath, TYPED_FIELD_PATHS, type TypedField } from './typed-fields'

/** Answer-key prefix of a ticked checklist item. */
/** The answer key of the role. */
export const ROLE_KEY = 'guide:role'

/** The parts of the state a saved assessment is made of. */
export interface AssessmentParts extends InputLayers {
  readonly ticks: Readonly<Record<string, boolean>>
  readonly role: Role | undefined
  readonly asOf: IsoDate | undefined
  /** The rule pack in use: the assessment records which pack assessed it. */
  readonly rulePack: Pick<RulePack, 'version' | 'asOf'>
}

/** The identity and the user's own words, kept by the assessment slice. */
export interface AssessmentMeta {
  readonly id: string | undefined
  readonly name: string
  readonly customer: string
  /** The staging partner's server name (empty when not said): pairs servers in the fleet view. */
  readonly pairWith: string
  readonly notes: string
  /** Another saved assessment the user said is a run of the same server (the Fleet's question). */
  readonly sameServerAs?: string
}

/** What restoring an assessment gives the state. */
export interface RestoredParts extends InputLayers {
  readonly ticks: Record<string, boolean>
  readonly role: Role | undefined
  readonly asOf: IsoDate | undefined
  readonly typedFacts: Partial<Record<TypedField, string>>
}

type Entry = { readonly sequence: number; readonly input: AssessmentInput }

/** The draft `assessments:save` takes for `parts` under `meta`. */
export function toDraft(parts: AssessmentParts, meta: AssessmentMeta, serverName: string): AssessmentDraft {
  const entries: Entry[] = [
    ...parts.inputs.map((input) => ({ sequence: input.sequence, input: { source: input.source, format: input.format, facts: [...input.facts], notes: [...input.notes] } })),
    ...Object.entries(parts.typedValues).flatMap(([field, typed]) =>
      typed === undefined ? [] : [{ sequence: typed.sequence, input: { source: TYPED_IN, format: 'typed' as const, facts: [{ path: TYPED_FIELD_PATHS[field as TypedField], value: typed.value }] } }],
    ),
    ...Object.entries(parts.answers).map(([path, answer]) => ({
      sequence: answer.sequence,
      input: { source: answer.source, format: 'answered' as const, facts: [{ path, value: answer.value }] },
    })),
  ]
  const answers: Record<string, boolean | string> = {}
  for (const [item, isTicked] of Object.entries(parts.ticks)) {
    if (isTicked) {
      answers[`${TICK_PREFIX}${item}`] = true
    }
  }
  if (parts.role !== undefined) {
    answers[ROLE_KEY] = parts.role
  }
  return {
    ...(meta.id === undefined ? {} : { id: meta.id }),
    name: meta.name,
    customer: meta.customer,
    serverName,
    ...(meta.pairWith.trim() === '' ? {} : { pairWith: meta.pairWith }),
    ...(meta.sameServerAs === undefined ? {} : { sameServerAs: meta.sameServerAs }),
    inputs: entries.sort((a, b) => a.sequence - b.sequence).map((entry) => entry.input),
    answers,
    conflictChoices: { ...parts.conflictChoices },
    asOf: parts.asOf ?? null,
    notes: meta.notes,
    rulePack: { version: parts.rulePack.version, asOf: parts.rulePack.asOf },
  }
}

function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value)
}

/** The state's layers, ticks, role and as-of date from a saved assessment's draft fields. */
export function fromDraft(draft: Pick<AssessmentDraft, 'inputs' | 'answers' | 'asOf' | 'conflictChoices'>): RestoredParts {
  const inputs: LoadedInput[] = []
  const typedValues: Partial<Record<TypedField, TypedValue>> = {}
  const typedFacts: Partial<Record<TypedField, string>> = {}
  const answers: Record<string, Answer> = {}
  draft.inputs.forEach((input, index) => {
    const sequence = index + 1
    if (input.format === 'typed' || input.format === 'answered') {
      for (const fact of input.facts) {
        const field = input.format === 'typed' ? fieldForPath(fact.path) : undefined
        if (field === undefined) {
          answers[fact.path] = { value: fact.value as FactValue, source: input.source, sequence }
        } else {
          typedValues[field] = { value: fact.value as FactValue, sequence }
          typedFacts[field] = factToText(field, fact.value)
        }
      }
      return
    }
    inputs.push({ id: `input-${sequence}`, source: input.source, origin: 'opened', format: input.format, facts: input.facts, notes: input.notes ?? [], sequence })
  })
  const ticks = ticksFromAnswers(draft.answers)
  const conflictChoices: Record<string, string> = { ...(draft.conflictChoices ?? {}) }
  const role = draft.answers[ROLE_KEY]
  const asOf = draft.asOf !== null && isIsoDate(draft.asOf) ? draft.asOf : undefined
  return { inputs, typedValues, typedFacts, answers, conflictChoices, ticks, role: isRole(role) ? role : undefined, asOf }
}

/** True when `parts` hold anything of the user's (a change to only the role or date starts no assessment). */
export function hasContent(parts: AssessmentParts, notes: string): boolean {
  return parts.inputs.length > 0 || Object.keys(parts.typedValues).length > 0 || Object.keys(parts.answers).length > 0 || Object.keys(parts.ticks).length > 0 || notes.trim() !== ''
}
