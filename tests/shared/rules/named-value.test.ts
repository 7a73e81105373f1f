import { describe, expect, it } from 'vitest'
import { namedAtOrBelow } from '~shared/rules/named-value'

const TABLE = [
  { value: 20, name: 'twenty' },
  { value: 10, name: 'ten' },
]

describe('namedAtOrBelow', () => {
  it('picks the highest entry at or below the value, whatever the table order', () => {
    expect(namedAtOrBelow(15, TABLE)?.name).toBe('ten')
    expect(namedAtOrBelow(20, TABLE)?.name).toBe('twenty')
  })

  it('is undefined below every entry', () => {
    expect(namedAtOrBelow(9, TABLE)).toBeUndefined()
  })
})
