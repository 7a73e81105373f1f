/**
 * The reports' "Your customizations" section: per route (in-place, swing, the Cloud Sync tool),
 * what it loses, keeps and cannot tell, each line with the facts' sources and Microsoft's
 * articles. Built from the server's findings by `summarizeCustomizations`, as the wizard's card.
 */
import type { Finding, SourceRef } from '../rules/types'
import { CUSTOMIZATIONS_NOT_READ, customizationsNotRead } from './customizations-summary'
import type { ServerSection } from './fleet-report'

/** One line of a route, with where its facts came from and the articles behind it. */
export interface CustomizationLine {
  readonly title: string
  readonly message: string
  /** The inputs the finding's facts came from, each once. */
  readonly from: readonly string[]
  readonly sources: readonly SourceRef[]
}

/** One group of a route. */
export interface CustomizationGroup {
  readonly title: 'Loses or needs work' | 'Keeps' | 'Not known'
  readonly lines: readonly CustomizationLine[]
}

/** One route's part of the section. */
export interface CustomizationRoute {
  readonly label: string
  readonly groups: readonly CustomizationGroup[]
}

/** The section: undefined when no finding names a route; `losesAnything` picks the opening line. */
export interface CustomizationsSection {
  readonly losesAnything: boolean
  /** No customization fact was read: one line (`CUSTOMIZATIONS_INTRO.notRead`) instead of the "not known" lines. */
  readonly notRead: boolean
  readonly routes: readonly CustomizationRoute[]
}

/** The opening lines, the wizard card's words. */
export const CUSTOMIZATIONS_INTRO = {
  loses: 'What each way off this build keeps and what it loses or needs you to redo. Export what would be lost before you start.',
  nothing: 'Nothing this server is known to use is lost by any route. Facts that could not be read are listed as not known.',
  notRead: CUSTOMIZATIONS_NOT_READ,
} as const

/** The section for `server`. */
export function customizationsSection(server: ServerSection): CustomizationsSection | undefined {
  const summary = server.customizations
  if (summary === undefined) {
    return undefined
  }
  const notRead = customizationsNotRead(server.steps.flatMap((step) => step.findings))
  const findings = new Map<string, Finding>(server.steps.flatMap((step) => step.findings).map((finding) => [finding.ruleId, finding]))
  const line = (item: { readonly ruleId: string; readonly title: string; readonly message: string }): CustomizationLine => {
    const finding = findings.get(item.ruleId)
    const from = [...new Set(Object.values(finding?.evidence ?? {}).map((entry) => entry.from))]
    return { title: item.title, message: item.message, from, sources: finding?.sources ?? [] }
  }
  const routes = summary.map((route) => ({
    label: route.label,
    groups: [
      { title: 'Loses or needs work' as const, lines: route.loses.map(line) },
      { title: 'Keeps' as const, lines: route.keeps.map(line) },
      { title: 'Not known' as const, lines: route.unknown.map(line) },
    ].filter((group) => group.lines.length > 0 && !(notRead && group.title === 'Not known')),
  }))
  const shown = routes.filter((route) => route.groups.length > 0)
  return { losesAnything: summary.some((route) => route.loses.length > 0), notRead, routes: shown }
}
