import { describe, expect, it } from 'vitest'
import { formatMessage } from '~shared/rules/format-message'
import { formatIsoDate } from '~shared/dates/iso-date'

describe('formatMessage', () => {
  it('fills placeholders from data', () => {
    expect(formatMessage('{version} is below {minimum}.', { version: '2.4.27.0', minimum: '2.5.79.0' }, formatIsoDate)).toBe('2.4.27.0 is below 2.5.79.0.')
  })

  it('joins arrays and shows null as none', () => {
    expect(formatMessage('Codes: {codes}; reason: {reason}', { codes: ['A', 'B'], reason: null }, formatIsoDate)).toBe('Codes: A, B; reason: none')
  })

  it('counts with a unit, singular for one', () => {
    expect(formatMessage('in {daysLeft|day}', { daysLeft: 1 }, formatIsoDate)).toBe('in 1 day')
    expect(formatMessage('in {daysLeft|day}', { daysLeft: 132 }, formatIsoDate)).toBe('in 132 days')
    expect(formatMessage('in {daysLeft|day}', { daysLeft: 0 }, formatIsoDate)).toBe('in 0 days')
  })

  it('leaves a placeholder without data as written', () => {
    expect(formatMessage('{missing} and {daysLeft|day}', {}, formatIsoDate)).toBe('{missing} and {daysLeft|day}')
  })
})

describe('formatMessage dates', () => {
  const template = 'Stops on {deadline|date}.'
  const data = { deadline: '2026-09-30' }

  it('shows an ISO date through the formatter it is given', () => {
    expect(formatMessage(template, data, formatIsoDate)).toBe('Stops on 2026-09-30.')
    expect(formatMessage(template, data, (date) => `<${date}>`)).toBe('Stops on <2026-09-30>.')
  })

  it('reads a null date as an unknown date', () => {
    expect(formatMessage(template, { deadline: null }, formatIsoDate)).toBe('Stops on an unknown date.')
    expect(formatMessage('{deadline}', { deadline: null }, formatIsoDate)).toBe('none')
  })

  it('shows a value that is not a calendar date as it is', () => {
    expect(formatMessage(template, { deadline: '2026-02-30' }, formatIsoDate)).toBe('Stops on 2026-02-30.')
    expect(formatMessage(template, { deadline: 'soon' }, () => 'never')).toBe('Stops on soon.')
  })
})

describe('formatIsoDate', () => {
  it('returns a calendar date unchanged and refuses anything else', () => {
    expect(formatIsoDate('2026-09-30')).toBe('2026-09-30')
    expect(() => formatIsoDate('30 Sep 2026')).toThrow('Not a calendar date')
  })
})
