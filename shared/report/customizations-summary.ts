/**
 * "Your customizations": for each way off the installed build (in-place upgrade, swing migration,
 * the guided Cloud Sync tool), what the customization findings say it keeps and loses, and the
 * commands that export what would be lost. Built from the findings alone (one path).
 */
import { ROUTES, type Route } from '../rules/pack/customizations'
import { NOT_PROVIDED, type Finding } from '../rules/types'

/** One line of a route: the finding's title and message. */
export interface RouteItem {
  readonly ruleId: string
  readonly title: string
  readonly message: string
}

/** What one route keeps, loses and cannot tell. */
export interface RouteSummary {
  readonly route: Route
  readonly label: string
  readonly loses: readonly RouteItem[]
  readonly keeps: readonly RouteItem[]
  readonly unknown: readonly RouteItem[]
}

/** The commands that export what a route would lose. */
export const EXPORT_COMMANDS: readonly { readonly text: string; readonly powershell?: string }[] = [
  { text: 'Export the settings on demand: in the wizard, View or export current configuration, then Export settings.' },
  { text: 'Export each custom sync rule as a script: in the Synchronization Rules Editor, select the rule, then Export.' },
  { text: 'Keep a full copy of the configuration for comparison.', powershell: 'Get-ADSyncServerConfiguration -Path "$env:USERPROFILE\\Documents\\ServerConfiguration"' },
  { text: 'Keep a copy of miiserver.exe.config.', powershell: 'Copy-Item "$env:ProgramFiles\\Microsoft Azure AD Sync\\Bin\\miiserver.exe.config" "$env:USERPROFILE\\Documents\\"' },
]

const LABELS: Readonly<Record<Route, string>> = {
  'in-place': 'In-place upgrade',
  swing: 'Swing migration (a new server)',
  'cloud-sync-tool': 'Guided Cloud Sync migration tool',
}

function routesOf(finding: Finding): readonly string[] {
  const routes = finding.data.routes
  return Array.isArray(routes) ? routes : []
}

/** Per route, in the order in-place, swing, Cloud Sync tool; `undefined` when no finding names a route. */
export function summarizeCustomizations(findings: readonly Finding[]): readonly RouteSummary[] | undefined {
  const routed = findings.filter((finding) => routesOf(finding).length > 0)
  if (routed.length === 0) {
    return undefined
  }
  return ROUTES.map((route) => {
    const mine = routed.filter((finding) => routesOf(finding).includes(route))
    const item = (finding: Finding): RouteItem => ({ ruleId: finding.ruleId, title: finding.title, message: finding.message })
    return {
      route,
      label: LABELS[route],
      loses: mine.filter((finding) => finding.status === 'fail' || finding.status === 'warn' || finding.status === 'info').map(item),
      keeps: mine.filter((finding) => finding.status === 'pass').map(item),
      unknown: mine.filter((finding) => finding.status === 'unknown').map(item),
    }
  })
}

/** The one line shown instead of the routes when nothing about the customizations was read. */
export const CUSTOMIZATIONS_NOT_READ =
  'Customizations were not read: this server\'s connectors, filtering and sync rules are not known. To read them, add the collector file from the server, or the sync settings exported by the wizard (View or export current configuration, then Export settings).'

/**
 * True when no finding that names a route saw a customization fact (no connectors, sync rules or
 * settings were read): the routes' "not known" lines are then one line, `CUSTOMIZATIONS_NOT_READ`.
 */
export function customizationsNotRead(findings: readonly Finding[]): boolean {
  return findings
    .filter((finding) => routesOf(finding).length > 0)
    .every((finding) => Object.entries(finding.evidence).every(([path, entry]) => !path.startsWith('customizations.') || entry.from === NOT_PROVIDED))
}
