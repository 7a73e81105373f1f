/**
 * One server's part of the HTML report: executive summary (verdict, deadlines, top actions), then
 * each step's findings with evidence, fixes, sources and caveats, then the raw facts.
 */
import type { Finding, Status } from '../rules/types'
import { escapeHtml as e } from './escape-html'
import type { ReportFact, ServerSection } from './fleet-report'
import { htmlTable } from './html-table'
import { PLAN_PHASE_TITLES } from '../plan/plan-items'
import type { ReportChecklistItem } from './report-checklist'
import { CUSTOMIZATIONS_INTRO, customizationsSection, type CustomizationLine } from './report-customizations'
import { caveatOf, formatValue, isSafeLink, STATUS_LABELS, VERDICT_LABELS } from './report-text'
import { timelineSvg } from './timeline-svg'

/** Statuses shown as table rows rather than cards. */
const QUIET_STATUSES: readonly Status[] = ['pass', 'not-applicable']

function badge(kind: 'status' | 'verdict', value: string, label: string): string {
  return `<span class="badge ${kind}-${e(value)}">${e(label)}</span>`
}

function summary(server: ServerSection): string {
  const deadlines = server.deadlines.items.map((item) => [e(item.dateText), e(item.label), e(item.standing), e(item.stops)])
  const actions = server.actions.map(
    (action) =>
      `<li>${badge('status', action.status, STATUS_LABELS[action.status])} <strong>${e(action.title)}</strong>: ${e(action.fix)} <span class="rule-id">(${e(action.ruleId)})</span></li>`,
  )
  return (
    `<section class="summary"><h3>Executive summary</h3><p class="verdict-sentence">${e(server.sentence)}</p>` +
    `<h4>Deadlines</h4>${server.deadlines.isVersionUnknown ? '<p>The installed version is not known: every deadline below is unknown.</p>' : ''}` +
    `${timelineSvg(server.deadlines)}${deadlines.length === 0 ? '<p>No deadlines apply.</p>' : htmlTable(['Date', 'Deadline', 'This server', 'What stops'], deadlines)}` +
    `<h4>Most important actions</h4>${actions.length === 0 ? '<p>Nothing to do: no check fails or warns.</p>' : `<ol class="actions">${actions.join('')}</ol>`}</section>`
  )
}

function evidence(finding: Finding): string {
  const rows = Object.entries(finding.evidence).map(([path, entry]) => [`<code>${e(path)}</code>`, e(formatValue(entry.value)), e(entry.from)])
  return rows.length === 0 ? '' : htmlTable(['Fact', 'Value', 'From'], rows, 'facts')
}

function fixes(finding: Finding): string {
  if (finding.remediation.length === 0) {
    return ''
  }
  const steps = finding.remediation.map((step) => `<li>${e(step.text)}${step.powershell === undefined ? '' : `<pre><code>${e(step.powershell)}</code></pre>`}</li>`)
  return `<h5>Fix</h5><ol>${steps.join('')}</ol>`
}

function sourceLinks(finding: Finding): string[] {
  return finding.sources.map((source) => {
    const title = e(source.title)
    const link = isSafeLink(source.url) ? `<a href="${e(source.url)}">${title}</a>` : title
    return `${link} (${e(source.revision)})`
  })
}

function caveatNote(finding: Finding): string {
  const caveat = caveatOf(finding)
  return caveat === undefined ? '' : `<p class="caveat"><strong>Uncertain:</strong> ${e(caveat)}</p>`
}

function heading(finding: Finding): string {
  return `${badge('status', finding.status, STATUS_LABELS[finding.status])} ${e(finding.title)} <span class="rule-id">${e(finding.ruleId)}</span>`
}

function sourcesNote(finding: Finding): string {
  const links = sourceLinks(finding)
  return links.length === 0 ? '' : `<p class="sources">Sources: ${links.join('; ')}</p>`
}

function findingCard(finding: Finding): string {
  return `<article class="finding ${e(finding.status)}"><h4>${heading(finding)}</h4><p>${e(finding.message)}</p>${evidence(finding)}${fixes(finding)}${caveatNote(finding)}${sourcesNote(finding)}</article>`
}

/** Findings with nothing to do (pass, not applicable), one row each: the same content, a fraction of the paper. */
function quietTable(findings: readonly Finding[]): string {
  const rows = findings.map((finding) => [
    heading(finding),
    `${e(finding.message)}${caveatNote(finding)}${sourcesNote(finding)}`,
    Object.entries(finding.evidence)
      .map(([path, entry]) => `<code>${e(path)}</code> = ${e(formatValue(entry.value))} <span class="from">(${e(entry.from)})</span>`)
      .join('<br>'),
  ])
  return htmlTable(['Check', 'Result and sources', 'Evidence (from)'], rows, 'quiet')
}

function stepSection(step: ServerSection['steps'][number]): string {
  const isQuiet = (finding: Finding) => QUIET_STATUSES.includes(finding.status)
  const quiet = step.findings.filter(isQuiet)
  const cards = step.findings.filter((finding) => !isQuiet(finding)).map(findingCard)
  return `<section class="step"><h3>${e(step.title)}</h3>${cards.join('')}${quiet.length === 0 ? '' : `<h4>Passed or not applicable</h4>${quietTable(quiet)}`}</section>`
}

function checklistItem(item: ReportChecklistItem): string {
  const mark = item.isDone ? '<span class="tick" aria-hidden="true">✓</span> <strong>Done:</strong>' : '<span class="tick" aria-hidden="true">☐</span> <strong>To do:</strong>'
  return `<li class="${item.isDone ? 'done' : 'open'}">${mark} ${e(item.title)}<br><span class="detail">${e(item.detail)}</span></li>`
}

/** The upgrade checklist, by phase, with the user's ticks written out ("Done:", "To do:") as well as marked. */
function checklist(items: readonly ReportChecklistItem[]): string {
  if (items.length === 0) {
    return ''
  }
  const done = items.filter((item) => item.isDone).length
  const phases = (Object.keys(PLAN_PHASE_TITLES) as (keyof typeof PLAN_PHASE_TITLES)[])
    .map((phase) => ({ phase, items: items.filter((item) => item.phase === phase) }))
    .filter((group) => group.items.length > 0)
    .map((group) => `<h4>${e(PLAN_PHASE_TITLES[group.phase])}</h4><ul class="checklist">${group.items.map(checklistItem).join('')}</ul>`)
  return `<section class="checklist-section"><h3>Upgrade checklist</h3><p class="meta">${done} of ${items.length} done.</p>${phases.join('')}</section>`
}

function rawFacts(facts: readonly ReportFact[], server: ServerSection): string {
  const rows = facts.map((fact) => [`<code>${e(fact.path)}</code>`, e(formatValue(fact.value)), e(fact.from)])
  const conflicts = server.conflicts.map(
    (conflict) => `<li><code>${e(conflict.path)}</code>: ${conflict.values.map((entry) => `${e(formatValue(entry.value))} (${e(entry.from)})`).join(', ')}; the last one is used</li>`,
  )
  return (
    `<section class="raw-facts"><h3>Raw facts</h3>${rows.length === 0 ? '<p>No facts were given.</p>' : htmlTable(['Fact', 'Value', 'From'], rows, 'facts')}` +
    `${conflicts.length === 0 ? '' : `<h4>Sources that disagree</h4><ul>${conflicts.join('')}</ul>`}</section>`
  )
}

function customizationLine(line: CustomizationLine): string {
  const links = line.sources.map((source) => (isSafeLink(source.url) ? `<a href="${e(source.url)}">${e(source.title)}</a>` : e(source.title)))
  const from = line.from.length === 0 ? '' : ` <span class="meta">From ${e(line.from.join(', '))}.</span>`
  const sources = links.length === 0 ? '' : ` <span class="sources">Sources: ${links.join('; ')}</span>`
  return `<li><strong>${e(line.title)}</strong>: ${e(line.message)}${from}${sources}</li>`
}

/** "Your customizations": per route, what it loses, keeps and cannot tell, with the facts' sources. */
function customizations(server: ServerSection): string {
  const section = customizationsSection(server)
  if (section === undefined) {
    return ''
  }
  const routes = section.routes.map(
    (route) => `<h4>${e(route.label)}</h4>${route.groups.map((group) => `<h5>${e(group.title)}</h5><ul>${group.lines.map(customizationLine).join('')}</ul>`).join('')}`,
  )
  const intro = section.notRead ? CUSTOMIZATIONS_INTRO.notRead : section.losesAnything ? CUSTOMIZATIONS_INTRO.loses : CUSTOMIZATIONS_INTRO.nothing
  return `<section class="customizations-section"><h3>Your customizations</h3><p>${e(intro)}</p>${routes.join('')}</section>`
}

/** The HTML of one server's section. */
export function htmlServer(server: ServerSection): string {
  const steps = server.steps.map(stepSection)
  return (
    `<section class="server" id="${e(server.anchor)}"><h2>${e(server.title)} ${badge('verdict', server.verdict, VERDICT_LABELS[server.verdict])}</h2>` +
    `<p class="meta">Source: ${e(server.source)}</p>${summary(server)}${steps.join('')}${customizations(server)}${checklist(server.checklist)}${rawFacts(server.facts, server)}</section>`
  )
}
