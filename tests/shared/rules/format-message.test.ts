import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../../shared/rules/format-message'

describe('formatMessage', () => {
  it('fills placeholders from data', () => {
    expect(formatMessage('{version} is below {minimum}.', { version: '2.4.27.0', minimum: '2.5.79.0' })).toBe('2.4.27.0 is below 2.5.79.0.')
  })

  it('joins arrays and shows null as none', () => {
    expect(formatMessage('Codes: {codes}; reason: {reason}', { codes: ['A', 'B'], reason: null })).toBe('Codes: A, B; reason: none')
  })

  it('counts with a unit, singular for one', () => {
    expect(formatMessage('in {daysLeft|day}', { daysLeft: 1 })).toBe('in 1 day')
    expect(formatMessage('in {daysLeft|day}', { daysLeft: 132 })).toBe('in 132 days')
    expect(formatMessage('in {daysLeft|day}', { daysLeft: 0 })).toBe('in 0 days')
  })

  it('leaves a placeholder without data as written', () => {
    expect(formatMessage('{missing} and {daysLeft|day}', {})).toBe('{missing} and {daysLeft|day}')
  })
})
