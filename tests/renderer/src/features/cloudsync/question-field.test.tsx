import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CLOUD_SYNC_QUESTIONS, type AnsweredQuestion } from '../../../../../shared/cloudsync/questions'
import { QuestionField } from '../../../../../renderer/src/features/cloudsync/question-field'

afterEach(cleanup)

function question(path: string, value: AnsweredQuestion['value'] = undefined, source: string | undefined = undefined): AnsweredQuestion {
  const found = CLOUD_SYNC_QUESTIONS.find((item) => item.path === path)
  if (found === undefined) {
    throw new Error(path)
  }
  return { ...found, value, source }
}

function renderField(answered: AnsweredQuestion, onAnswer = vi.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <QuestionField question={answered} onAnswer={onAnswer} />
    </FluentProvider>,
  )
  return onAnswer
}

describe('QuestionField', () => {
  it('says which fact answered the question and where it came from', () => {
    renderField(question('connect.forestCount', 2, 'AADC01.json'))
    expect(screen.getByText('Answered by connect.forestCount = 2, from AADC01.json.')).toBeTruthy()
  })

  it('says when a question is not answered yet', () => {
    renderField(question('connect.features.deviceWriteback'))
    expect(screen.getByText('Not answered yet.')).toBeTruthy()
  })

  it('answers a count as a number', () => {
    const onAnswer = renderField(question('connect.largestGroupMemberCount'))
    fireEvent.change(screen.getByRole('textbox', { name: /largest synced group/ }), { target: { value: '60,000' } })
    expect(onAnswer).toHaveBeenCalledWith('connect.largestGroupMemberCount', 60000)
  })

  it('shows what to type instead of a bad count, in place of the source line', () => {
    const onAnswer = renderField(question('connect.largestGroupMemberCount', 1200, 'AADC01.json'))
    fireEvent.change(screen.getByRole('textbox', { name: /largest synced group/ }), { target: { value: '12k' } })
    expect(screen.getByText('Enter a whole number, such as 45000.')).toBeTruthy()
    expect(screen.queryByText(/Answered by/)).toBeNull()
    expect(onAnswer).not.toHaveBeenCalled()
  })

  it('answers yes, no or not sure', () => {
    const onAnswer = renderField(question('connect.features.hybridJoin', false, 'x'))
    fireEvent.click(screen.getByRole('radio', { name: 'Yes' }))
    fireEvent.click(screen.getByRole('radio', { name: 'Not sure' }))
    expect(onAnswer.mock.calls).toEqual([
      ['connect.features.hybridJoin', true],
      ['connect.features.hybridJoin', undefined],
    ])
  })

  it('answers the sign-in method from its list', () => {
    const onAnswer = renderField(question('connect.signInMethod'))
    fireEvent.change(screen.getByRole('combobox', { name: /User sign-in method/ }), { target: { value: 'PassThroughAuthentication' } })
    expect(onAnswer).toHaveBeenCalledWith('connect.signInMethod', 'PassThroughAuthentication')
  })
})
