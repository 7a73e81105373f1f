/**
 * The customizations view of the contract's JSON document (`servers[].customizations`): per route
 * (in-place upgrade, swing migration, the guided Cloud Sync tool) what it keeps, loses and cannot
 * tell, from the same `summarizeCustomizations` the wizard's card and the HTML report show.
 *
 * Optional and additive: a reader that does not know the field ignores it.
 */
import { customizationsNotRead, summarizeCustomizations, type RouteSummary } from './customizations-summary'
import type { Finding } from '../rules/types'

/** One server's customizations: whether any route loses something, whether any fact was read, and the routes. */
export interface CustomizationsView {
  /** True when a route loses something or needs work (else nothing the server is known to use is at risk). */
  readonly losesAnything: boolean
  /** True when no customization fact was read: the routes' "unknown" lists then say only that. */
  readonly notRead: boolean
  /** In the order in-place, swing, Cloud Sync tool. */
  readonly routes: readonly RouteSummary[]
}

/** The view, or undefined when no finding names a route. */
export function customizationsView(findings: readonly Finding[]): CustomizationsView | undefined {
  const routes = summarizeCustomizations(findings)
  if (routes === undefined) {
    return undefined
  }
  return { losesAnything: routes.some((route) => route.loses.length > 0), notRead: customizationsNotRead(findings), routes }
}

/** `{ customizations }` to spread into a server of the document, or nothing when there is no view. */
export function customizationsField(findings: readonly Finding[]): { readonly customizations?: CustomizationsView } {
  const view = customizationsView(findings)
  return view === undefined ? {} : { customizations: view }
}
