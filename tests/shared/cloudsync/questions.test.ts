import { describe, expect, it } from 'vitest'
import { answerQuestions, CLOUD_SYNC_QUESTIONS, formatAnswer, parseCount } from '~shared/cloudsync/questions'
import { connectOnly } from '../rules/harness'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

describe('CLOUD_SYNC_QUESTIONS', () => {
  it('asks about every fact a Cloud Sync decider reads, except the cloud', () => {
    const asked = new Set(CLOUD_SYNC_QUESTIONS.map((question) => question.path))
    const decided = BUILT_IN_PACK.cloudSync.deciders.map((decider) => decider.when.fact).filter((fact) => fact !== 'connect.cloud')
    expect(decided.filter((fact) => !asked.has(fact))).toEqual([])
  })

  it('has sixteen questions with unique paths', () => {
    expect(CLOUD_SYNC_QUESTIONS).toHaveLength(16)
    expect(new Set(CLOUD_SYNC_QUESTIONS.map((question) => question.path)).size).toBe(16)
  })

  it('asks about every limit of the guided migration tool except the cloud and the counts already collected', () => {
    const asked = new Set(CLOUD_SYNC_QUESTIONS.map((question) => question.path))
    const limits = BUILT_IN_PACK.cloudSync.migrationTool.limits.map((limit) => limit.when.fact)
    expect(limits.filter((fact) => !asked.has(fact))).toEqual(['connect.metaverseObjectCount', 'connect.cloud', `connect.features.directoryExtensions`])
  })
})

describe('answerQuestions', () => {
  it('answers from known facts, with where they came from', () => {
    const answers = answerQuestions(connectOnly({ forestCount: 2 }), BUILT_IN_PACK, (path) => `source of ${path}`)
    expect(answers.find((answer) => answer.path === 'connect.forestCount')).toMatchObject({ value: 2, source: 'source of connect.forestCount' })
  })

  it('leaves unknown and null facts unanswered', () => {
    const answers = answerQuestions(connectOnly({ signInMethod: null }), BUILT_IN_PACK, () => 'x')
    expect(answers.find((answer) => answer.path === 'connect.signInMethod')).toMatchObject({ value: undefined, source: undefined })
  })
})

describe('answerQuestions from the inventory', () => {
  const rules = [
    { name: 'In from AD - User Join', immutableTag: 'Microsoft.InfromADUserJoin.003', isStandardRule: true },
    { name: 'Custom one', immutableTag: null, isStandardRule: false },
    { name: 'Custom two', immutableTag: 'Contoso.Two.001', isStandardRule: false },
  ]
  const sourceOf = (path: string) => (path.startsWith('customizations.') ? 'AADC01.json' : 'answered in the wizard')
  const find = (answers: ReturnType<typeof answerQuestions>, path: string) => answers.find((answer) => answer.path === path)

  it('answers a question no fact answers from the file it was read from', () => {
    const details = { ...connectOnly({}), customizations: { syncRules: rules, globalSettings: { groupFiltering: true, upnAttribute: 'mail' } } }
    const answers = answerQuestions(details, BUILT_IN_PACK, sourceOf)
    expect(find(answers, 'connect.customSyncRuleCount')).toMatchObject({ value: 2, answeredBy: 'inventory', source: 'AADC01.json', reading: '2 custom sync rules', disagreements: [] })
    expect(find(answers, 'connect.features.groupFiltering')).toMatchObject({ value: true, reading: 'group filtering is on' })
    expect(find(answers, 'connect.features.customUpn')).toMatchObject({ value: true, reading: 'the user principal name comes from mail' })
  })

  it('uses a typed answer and keeps the inventory that says otherwise', () => {
    const details = { ...connectOnly({ customSyncRuleCount: 0 }), customizations: { syncRules: rules } }
    expect(find(answerQuestions(details, BUILT_IN_PACK, sourceOf), 'connect.customSyncRuleCount')).toMatchObject({
      value: 0,
      answeredBy: 'fact',
      source: 'answered in the wizard',
      disagreements: [{ text: '2 custom sync rules', from: 'AADC01.json' }],
    })
  })

  it('shows the other values of inputs that disagree, with the one in use as the source', () => {
    const conflicts = [{ path: 'connect.forestCount', values: [{ value: 1, from: 'AADC01.json' }, { value: 2, from: 'answered in the wizard' }], inUse: 'answered in the wizard', isChosen: false }]
    const answer = find(answerQuestions(connectOnly({ forestCount: 2 }), BUILT_IN_PACK, () => 'answered in the wizard (unconfirmed: the inputs disagree)', conflicts), 'connect.forestCount')
    expect(answer).toMatchObject({ value: 2, source: 'answered in the wizard', disagreements: [{ text: '1', from: 'AADC01.json' }] })
  })

  it('still asks when the inventory cannot tell (a rule whose kind is unclear)', () => {
    const details = { ...connectOnly({}), customizations: { syncRules: [{ name: 'no tag, no flag' }] } }
    expect(find(answerQuestions(details, BUILT_IN_PACK, sourceOf), 'connect.customSyncRuleCount')).toMatchObject({ value: undefined, answeredBy: undefined })
  })
})

describe('formatAnswer and parseCount', () => {
  it('reads answers as people say them', () => {
    const signIn = CLOUD_SYNC_QUESTIONS.find((question) => question.path === 'connect.signInMethod')
    if (signIn === undefined) {
      throw new Error('no sign-in question')
    }
    expect(formatAnswer(signIn, 'PassThroughAuthentication')).toBe('Pass-through authentication')
    expect(formatAnswer(signIn, true)).toBe('Yes')
    expect(formatAnswer(signIn, 150000)).toBe('150,000')
  })

  it('parses whole numbers with separators, and refuses the rest', () => {
    expect(parseCount('45,000')).toEqual({ value: 45000 })
    expect(parseCount(' ')).toEqual({ value: undefined })
    expect(parseCount('12k')).toEqual({ error: 'Enter a whole number, such as 45000.' })
  })
})
