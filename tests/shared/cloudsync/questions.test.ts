import { describe, expect, it } from 'vitest'
import { answerQuestions, CLOUD_SYNC_QUESTIONS, formatAnswer, parseCount } from '../../../shared/cloudsync/questions'
import { connectOnly } from '../rules/harness'
import { BUILT_IN_PACK } from '../../../shared/rules/pack/built-in'

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
    const answers = answerQuestions(connectOnly({ forestCount: 2 }), (path) => `source of ${path}`)
    expect(answers.find((answer) => answer.path === 'connect.forestCount')).toMatchObject({ value: 2, source: 'source of connect.forestCount' })
  })

  it('leaves unknown and null facts unanswered', () => {
    const answers = answerQuestions(connectOnly({ signInMethod: null }), () => 'x')
    expect(answers.find((answer) => answer.path === 'connect.signInMethod')).toMatchObject({ value: undefined, source: undefined })
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
