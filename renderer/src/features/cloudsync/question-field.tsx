/**
 * One Cloud Sync question: its control, and under it where the answer came from (a fact in the
 * install details, or the wizard), or what to type instead. That line is always there, so
 * nothing moves while typing.
 */
import { Field, Input, Radio, RadioGroup, Select } from '@fluentui/react-components'
import { DocumentCheckmark16Regular, QuestionCircle16Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import { formatAnswer, parseCount, type AnsweredQuestion } from '../../../../shared/cloudsync/questions'

/** An answer as `answerFact` takes it; undefined is "not sure". */
export type Answer = string | number | boolean | undefined

/** Props of {@link QuestionField}. */
export interface QuestionFieldProps {
  readonly question: AnsweredQuestion
  readonly onAnswer: (path: string, value: Answer) => void
}

const NOT_SURE = 'not-sure'

function provenanceLine(question: AnsweredQuestion): string {
  return question.value === undefined
    ? 'Not answered yet.'
    : `Answered by ${question.path} = ${formatAnswer(question, question.value)}, from ${question.source ?? 'the install details'}.`
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
      validationState={error === undefined ? 'none' : 'error'}
      validationMessage={message}
      validationMessageIcon={error !== undefined ? undefined : question.value === undefined ? <QuestionCircle16Regular /> : <DocumentCheckmark16Regular />}
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
