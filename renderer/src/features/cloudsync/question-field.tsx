/**
 * One Cloud Sync question: its control, and under it where the answer came from (a file, the
 * server's inventory, or you) and any input that says otherwise, or what to type instead. That
 * line is always there, so nothing moves while typing.
 */
import { Field, Input, Radio, RadioGroup, Select } from '@fluentui/react-components'
import { DocumentCheckmark16Regular, QuestionCircle16Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import { formatAnswer, parseCount, type AnsweredQuestion } from '~shared/cloudsync/questions'
import { ANSWERED_IN_WIZARD, TYPED_IN } from '~renderer/store/input-layers'

/** An answer as `answerFact` takes it; undefined is "not sure". */
export type Answer = string | number | boolean | undefined

/** Props of {@link QuestionField}. */
export interface QuestionFieldProps {
  readonly question: AnsweredQuestion
  readonly onAnswer: (path: string, value: Answer) => void
}

const NOT_SURE = 'not-sure'

/** Whether an answer's source is the user (typed on the details step or answered here). */
export function isYourAnswer(source: string | undefined): boolean {
  return source !== undefined && [ANSWERED_IN_WIZARD, TYPED_IN].some((label) => source === label || source.startsWith(`${label} `))
}

/** Who disagrees: you, the same file the answer is from (its own lists say otherwise), or another input. */
function whoSaysOtherwise(from: string, answerSource: string | undefined): string {
  if (isYourAnswer(from)) {
    return 'You answered otherwise'
  }
  return from === answerSource ? 'The same file says otherwise' : `${from} says otherwise`
}

/** Where the answer came from, and who says otherwise: `From AADC01.json: 6 custom sync rules.` */
export function provenanceLine(question: AnsweredQuestion): string {
  if (question.value === undefined) {
    return 'Not answered yet.'
  }
  const reading = question.reading === '' ? formatAnswer(question, question.value) : question.reading
  const answer = isYourAnswer(question.source) ? `You answered: ${reading}.` : `From ${question.source ?? 'the install details'}: ${reading}.`
  return [answer, ...question.disagreements.map((other) => `${whoSaysOtherwise(other.from, question.source)}: ${other.text}.`)].join(' ')
}

function CountInput({ question, onAnswer, onError }: QuestionFieldProps & { readonly onError: (error: string | undefined) => void }) {
  // The text as typed while the field has focus; otherwise the fact's value.
  const [draft, setDraft] = useState<string | undefined>(undefined)
  const shown = draft ?? (typeof question.value === 'number' ? String(question.value) : '')
  return (
    <Input
      value={shown}
      inputMode="numeric"
      autoComplete="off"
      onChange={(_event, data) => {
        setDraft(data.value)
        const parsed = parseCount(data.value)
        onError('error' in parsed ? parsed.error : undefined)
        if ('value' in parsed) {
          onAnswer(question.path, parsed.value)
        }
      }}
      onBlur={() => {
        // Leaving the field shows the fact as stored; half-typed text that did not parse is dropped.
        setDraft(undefined)
        onError(undefined)
      }}
    />
  )
}

/** A labelled control bound to one fact. */
export function QuestionField({ question, onAnswer }: QuestionFieldProps) {
  const [error, setError] = useState<string | undefined>(undefined)
  const message = error ?? provenanceLine(question)
  return (
    <Field
      label={question.label}
      hint={question.hint}
      validationState={error !== undefined ? 'error' : question.disagreements.length > 0 ? 'warning' : 'none'}
      validationMessage={message}
      validationMessageIcon={error !== undefined || question.disagreements.length > 0 ? undefined : question.value === undefined ? <QuestionCircle16Regular /> : <DocumentCheckmark16Regular />}
      data-question={question.path}
    >
      {question.kind === 'count' ? (
        <CountInput question={question} onAnswer={onAnswer} onError={setError} />
      ) : question.kind === 'choice' ? (
        <Select
          value={typeof question.value === 'string' ? question.value : NOT_SURE}
          onChange={(_event, data) => onAnswer(question.path, data.value === NOT_SURE ? undefined : data.value)}
        >
          <option value={NOT_SURE}>Not sure</option>
          {question.choices?.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </Select>
      ) : (
        <RadioGroup
          layout="horizontal"
          value={question.value === true ? 'yes' : question.value === false ? 'no' : NOT_SURE}
          onChange={(_event, data) => onAnswer(question.path, data.value === NOT_SURE ? undefined : data.value === 'yes')}
        >
          <Radio value="yes" label="Yes" />
          <Radio value="no" label="No" />
          <Radio value={NOT_SURE} label="Not sure" />
        </RadioGroup>
      )}
    </Field>
  )
}
