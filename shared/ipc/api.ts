/**
 * The `window.api` the preload exposes, derived from the contract: named functions only.
 */
import { CHANNELS, IPC_CONTRACT, type Channel, type RequestOf, type ResponseOf } from './contract'
import { EVENT_NAMES, IPC_EVENTS, type EventName, type EventPayload, type Unsubscribe } from './events'

type ApiPath<C extends Channel> = (typeof IPC_CONTRACT)[C]['api']

type Namespace<C extends Channel> = ApiPath<C>[0]
type Method<C extends Channel> = ApiPath<C>[1]

type EventNamespace<E extends EventName> = (typeof IPC_EVENTS)[E]['api'][0]
type EventMethod<E extends EventName> = (typeof IPC_EVENTS)[E]['api'][1]

type FunctionFor<C extends Channel> =
  Record<string, never> extends RequestOf<C>
    ? (request?: RequestOf<C>) => Promise<ResponseOf<C>>
    : (request: RequestOf<C>) => Promise<ResponseOf<C>>

/** Subscribes `listener` to one event; the function returned unsubscribes it. */
export type SubscribeFunction<E extends EventName> = (listener: (payload: EventPayload<E>) => void) => Unsubscribe

/** The shape of `window.api`: `api.<namespace>.<method>(request)`, and `api.<namespace>.on<Event>(listener)`. */
export type WizardApi = {
  [N in Namespace<Channel> | EventNamespace<EventName>]: {
    [C in Channel as Namespace<C> extends N ? Method<C> : never]: FunctionFor<C>
  } & {
    [E in EventName as EventNamespace<E> extends N ? EventMethod<E> : never]: SubscribeFunction<E>
  }
}

/** Sends one request on a channel; the preload passes `ipcRenderer.invoke`, tests a forwarder. */
export type Invoke = (channel: Channel, request: unknown) => Promise<unknown>

/** Listens to one event with an already-checked payload; returns the unsubscribe function. */
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => Unsubscribe

/**
 * Builds the API object from the contract over any transport. Each function sends `{}` when
 * called without a request; each event's subscribe function passes on only payloads that match
 * the event's schema.
 */
export function buildApi(invoke: Invoke, subscribe: Subscribe): WizardApi {
  const api: Record<string, Record<string, unknown>> = {}
  for (const channel of CHANNELS) {
    const [namespace, method] = IPC_CONTRACT[channel].api
    const group = (api[namespace] ??= {})
    group[method] = (request?: unknown) => invoke(channel, request ?? {})
  }
  for (const event of EVENT_NAMES) {
    const { api: [namespace, method], payload } = IPC_EVENTS[event]
    const group = (api[namespace] ??= {})
    group[method] = (listener: (value: unknown) => void) =>
      subscribe(event, (value) => {
        const parsed = payload.safeParse(value)
        if (parsed.success) {
          listener(parsed.data)
        }
      })
  }
  return api as unknown as WizardApi
}
