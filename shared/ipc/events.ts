/**
 * Main → renderer events: each event's name, its payload schema, and the subscribe function the
 * preload exposes for it (`window.api.collector.onProgress(callback) → unsubscribe`).
 *
 * Events are fire-and-forget from main; the preload drops a payload outside its schema.
 */
import { z } from 'zod'

/** The longest progress line passed on (the collector prints short lines). */
export const MAX_PROGRESS_LINE_LENGTH = 1000

/** Every event: `api` is the path of its subscribe function. */
export const IPC_EVENTS = {
  'collector:progress': {
    api: ['collector', 'onProgress'],
    payload: z.strictObject({ line: z.string().max(MAX_PROGRESS_LINE_LENGTH) }),
  },
} as const

/** An event name. */
export type EventName = keyof typeof IPC_EVENTS
/** Every event name, for the preload and tests. */
export const EVENT_NAMES = Object.keys(IPC_EVENTS) as EventName[]
/** An event's payload. */
export type EventPayload<E extends EventName> = z.infer<(typeof IPC_EVENTS)[E]['payload']>
/** Stops a subscription. */
export type Unsubscribe = () => void
