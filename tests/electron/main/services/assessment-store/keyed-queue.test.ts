import { describe, expect, it } from 'vitest'
import { createKeyedQueue } from '~electron/main/services/assessment-store/keyed-queue'

function deferred() {
  let resolve = () => undefined as void
  const promise = new Promise<void>((done) => (resolve = done))
  return { promise, resolve }
}

describe('createKeyedQueue', () => {
  it('runs tasks of one key one after another, in order', async () => {
    const queue = createKeyedQueue()
    const events: string[] = []
    const gate = deferred()
    const first = queue.run('a', async () => {
      events.push('first started')
      await gate.promise
      events.push('first done')
    })
    const second = queue.run('a', async () => {
      events.push('second started')
    })
    await Promise.resolve()
    expect(events).toEqual(['first started'])
    gate.resolve()
    await Promise.all([first, second])
    expect(events).toEqual(['first started', 'first done', 'second started'])
  })

  it('lets tasks of other keys run meanwhile', async () => {
    const queue = createKeyedQueue()
    const gate = deferred()
    const blocked = queue.run('a', () => gate.promise)
    expect(await queue.run('b', async () => 'b ran')).toBe('b ran')
    gate.resolve()
    await blocked
  })

  it('runs the next task after one that failed, and passes the failure to its caller', async () => {
    const queue = createKeyedQueue()
    const failing = queue.run('a', async () => {
      throw new Error('boom')
    })
    const next = queue.run('a', async () => 'still runs')
    await expect(failing).rejects.toThrow('boom')
    expect(await next).toBe('still runs')
  })
})
