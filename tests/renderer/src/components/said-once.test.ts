import { describe, expect, it } from 'vitest'
import { isAlreadySaid, sentencesOf, withoutSaid } from '~renderer/components/said-once'

describe('sentencesOf', () => {
  it('splits after a full stop, question or exclamation mark followed by a space, and keeps version numbers whole', () => {
    expect(sentencesOf('Sync stopped on 30 Sept 2026. Upgrade to 2.5.79.0 now!  Why?')).toEqual(['Sync stopped on 30 Sept 2026.', 'Upgrade to 2.5.79.0 now!', 'Why?'])
  })
})

describe('isAlreadySaid', () => {
  it('matches a sentence said whole or as one sentence of a longer text, whatever its case or closing full stop', () => {
    expect(isAlreadySaid('Sync stopped on 30 Sept 2026', ['sync stopped on 30 Sept 2026.'])).toBe(true)
    expect(isAlreadySaid('Sync stopped on 30 Sept 2026.', ['1 of 6 checks fail. Sync stopped on 30 Sept 2026.'])).toBe(true)
  })

  it('does not match a sentence that only contains it', () => {
    expect(isAlreadySaid('Sync stopped on 30 Sept 2026', ['First: Sync stopped on 30 Sept 2026.'])).toBe(false)
    expect(isAlreadySaid('Sync stopped', [])).toBe(false)
  })
})

describe('withoutSaid', () => {
  it('drops a message sentence identical to the headline and keeps the rest in order', () => {
    expect(withoutSaid('Sync stopped on 30 Sept 2026. 2.4.27.0 is below the 2.5.79.0 minimum.', ['Sync stopped on 30 Sept 2026'])).toBe('2.4.27.0 is below the 2.5.79.0 minimum.')
  })

  it('gives an empty text when the message only repeats what was said', () => {
    expect(withoutSaid('Sync stopped on 30 Sept 2026.', ['Sync stopped on 30 Sept 2026'])).toBe('')
  })

  it('leaves a message with nothing repeated as it is', () => {
    expect(withoutSaid('Upgrade first. Then check the staging server.', ['Sync stopped'])).toBe('Upgrade first. Then check the staging server.')
  })
})
