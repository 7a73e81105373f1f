/**
 * The `window.api` the preload exposes, derived from the contract: named functions only.
 */
import { CHANNELS, IPC_CONTRACT, type Channel, type RequestOf, type ResponseOf } from './contract'

type ApiPath<C extends Channel> = (typeof IPC_CONTRACT)[C]['api']

type Namespace<C extends Channel> = ApiPath<C>[0]
type Method<C extends Channel> = ApiPath<C>[1]

type FunctionFor<C extends Channel> =
  Record<string, never> extends RequestOf<C>
    ? (request?: RequestOf<C>) => Promise<ResponseOf<C>>
    : (request: RequestOf<C>) => Promise<ResponseOf<C>>

/** The shape of `window.api`: `api.<namespace>.<method>(request)`. */
export type WizardApi = {
  [N in Namespace<Channel>]: {
    [C in Channel as Namespace<C> extends N ? Method<C> : never]: FunctionFor<C>
  }
}

/** Sends one request on a channel; the preload passes `ipcRenderer.invoke`, tests a forwarder. */
export type Invoke = (channel: Channel, request: unknown) => Promise<unknown>

/**
 * Builds the API object from the contract over any transport. Each function sends `{}` when
 * called without a request.
 */
export function buildApi(invoke: Invoke): WizardApi {
  const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {}
  for (const channel of CHANNELS) {
    const [namespace, method] = IPC_CONTRACT[channel].api
    const group = (api[namespace] ??= {})
    group[method] = (request?: unknown) => invoke(channel, request ?? {})
  }
  return api as unknown as WizardApi
}
