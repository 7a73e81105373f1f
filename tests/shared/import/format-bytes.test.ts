import { describe, expect, it } from 'vitest'
import { formatBytes } from '~shared/import/format-bytes'

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1536, '1.5 KB'],
    [5 * 1024 * 1024, '5 MB'],
    [5 * 1024 * 1024 + 1, '5 MB'],
    [12.4 * 1024 * 1024, '12 MB'],
    [2 * 1024 ** 3, '2 GB'],
    [3 * 1024 ** 4, '3 TB'],
  ])('formats %d as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })
})
