/**
 * The CPU time of the calling thread, for in-process loops on a machine shared with other work.
 *
 * Wall time also counts the time the thread waited for a core, and `process.cpuUsage()` adds the
 * garbage collector's helper threads; the thread's own time is what the loop costs. Linux keeps it
 * in nanoseconds in /proc/thread-self/schedstat; elsewhere this falls back to `process.cpuUsage()`.
 */
import { readFileSync } from 'node:fs'

const SCHEDSTAT = '/proc/thread-self/schedstat'

function readSchedstatMicros(): number | undefined {
  try {
    const nanoseconds = Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0])
    return Number.isFinite(nanoseconds) ? nanoseconds / 1000 : undefined
  } catch {
    return undefined
  }
}

/** True when the figure is the thread's own time (Linux), false when it is the whole process's. */
export const IS_THREAD_TIME = readSchedstatMicros() !== undefined

/** CPU time used so far, in microseconds: the thread's (Linux) or the process's. */
export function cpuMicros(): number {
  const thread = IS_THREAD_TIME ? readSchedstatMicros() : undefined
  if (thread !== undefined) {
    return thread
  }
  const usage = process.cpuUsage()
  return usage.user + usage.system
}
