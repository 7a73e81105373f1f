import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CLOUD_SYNC_QUESTIONS, type AnsweredQuestion } from '~shared/cloudsync/questions'
import { QuestionField } from '~renderer/features/cloudsync/question-field'

afterEach(cleanup)

function question(
  path: string,
  value: AnsweredQuestion['value'] = undefined,
  source: string | undefined = undefined,
  more: Partial<AnsweredQuestion> = {},
): AnsweredQuestion {
  const found = CLOUD_SYNC_QUESTIONS.find((item) => item.path === path)
  if (found === undefined) {
    throw new Error(path)
  }
  const answeredBy = value === undefined ? undefined : ('fact' as const)
  return { ...found, value, source, reading: '', answeredBy, disagreements: [], ...more }
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
  it('says where the answer came from, in plain words', () => {
    renderField(question('connect.forestCount', 2, 'AADC01.json'))
    expect(screen.getByText('From AADC01.json: 2.')).toBeTruthy()
  })

  it('says what the inventory read, and from which file', () => {
    renderField(question('connect.customSyncRuleCount', 6, 'AADC01.json', { reading: '6 custom sync rules', answeredBy: 'inventory' }))
    expect(screen.getByText('From AADC01.json: 6 custom sync rules.')).toBeTruthy()
  })

  it('shows a typed answer as yours, and the file that says otherwise', () => {
    const disagreements = [{ text: '6 custom sync rules', from: 'AADC01.json' }]
    renderField(question('connect.customSyncRuleCount', 0, 'answered in the wizard', { reading: '0', disagreements }))
    expect(screen.getByText('You answered: 0. AADC01.json says otherwise: 6 custom sync rules.')).toBeTruthy()
  })

  it('says "the same file" when the file the answer is from also says otherwise, instead of naming it twice', () => {
    const disagreements = [{ text: '6 custom sync rules', from: 'AADC01.json' }]
    renderField(question('connect.customSyncRuleCount', 5, 'AADC01.json', { reading: '5', disagreements }))
    expect(screen.getByText('From AADC01.json: 5. The same file says otherwise: 6 custom sync rules.')).toBeTruthy()
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
    expect(screen.queryByText(/From AADC01/)).toBeNull()
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
