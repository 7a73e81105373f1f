/**
 * `--format markdown`: the HTML report's content in the same order, as Markdown for tickets and
 * wikis. Every value is escaped: no value can start a heading, a list, a link or raw HTML.
 */
import { PLAN_PHASE_TITLES } from '../plan/plan-items'
import type { Finding } from '../rules/types'
import type { FleetReport, ServerSection } from './fleet-report'
import { REDACTION_NOTE, reportMeta, reportTitle } from './format-html'
import type { ReportChecklistItem } from './report-checklist'
import { CUSTOMIZATIONS_INTRO, customizationsSection, type CustomizationLine } from './report-customizations'
import { caveatOf, formatValue, isSafeLink, STATUS_LABELS, VERDICT_LABELS } from './report-text'

// `>` is left as it is inside a line ("2.6.84.0 -> 2.6.91.0", "> 100,000 objects" read as written): with `<`
// escaped it cannot close a tag; only at the start of a line would it open a block quote.
const INLINE_SPECIAL = /[\\`*_[\]|~<&]/g
const HTML_ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '&': '&amp;' }
/** What would start a heading, a list item, an ordered list item or a block quote at the start of a line. */
const BLOCK_MARKER = /^(#{1,6}|[+-]|\d{1,9}[.)])(?=\s|$)|^>/

/**
 * `text` as literal Markdown on one line: emphasis, code, link, table and HTML characters escaped
 * (`<` and `&` as entities), a heading, list or block-quote marker at its start escaped, line breaks as spaces.
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/\s*[\r\n]+\s*/g, ' ').replace(INLINE_SPECIAL, (character) => HTML_ENTITIES[character] ?? `\\${character}`)
  return inline.replace(BLOCK_MARKER, (marker: string) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`)
}

/** A fenced code block whose fence is longer than any run of backticks inside it. */
export function codeBlock(code: string, language: string, indent = ''): string {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return [`${fence}${language}`, ...code.split(/\r?\n/), fence].map((line) => `${indent}${line}`).join('\n')
}

function table(headings: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(headings), line(headings.map(() => '---')), ...rows.map(line)].join('\n')
}

function link(title: string, url: string): string {
  return isSafeLink(url) ? `[${escapeMarkdown(title)}](${url.replace(/[()\s]/g, encodeURIComponent)})` : escapeMarkdown(title)
}

function summary(server: ServerSection): string[] {
  const deadlines = server.deadlines.items.map((item) => [item.dateText, item.label, item.standing, item.stops].map(escapeMarkdown))
  const actions = server.actions.map(
    (action, index) => `${index + 1}. **${escapeMarkdown(STATUS_LABELS[action.status])}: ${escapeMarkdown(action.title)}**: ${escapeMarkdown(action.fix)} (${escapeMarkdown(action.ruleId)})`,
  )
  return [
    '### Executive summary',
    `**${escapeMarkdown(server.sentence)}**`,
    '#### Deadlines',
    ...(server.deadlines.isVersionUnknown ? ['The installed version is not known: every deadline below is unknown.'] : []),
    deadlines.length === 0 ? 'No deadlines apply.' : table(['Date', 'Deadline', 'This server', 'What stops'], deadlines),
    '#### Most important actions',
    actions.length === 0 ? 'Nothing to do: no check fails or warns.' : actions.join('\n'),
  ]
}

function findingBlock(finding: Finding): string[] {
  const evidence = Object.entries(finding.evidence).map(([path, entry]) => [escapeMarkdown(path), escapeMarkdown(formatValue(entry.value)), escapeMarkdown(entry.from)])
  const fixes = finding.remediation.map(
    (step, index) => `${index + 1}. ${escapeMarkdown(step.text)}${step.powershell === undefined ? '' : `\n\n${codeBlock(step.powershell, 'powershell', '   ')}`}`,
  )
  const caveat = caveatOf(finding)
  const sources = finding.sources.map((source) => `${link(source.title, source.url)} (${escapeMarkdown(source.revision)})`)
  return [
    `#### ${escapeMarkdown(STATUS_LABELS[finding.status])}: ${escapeMarkdown(finding.title)} (${escapeMarkdown(finding.ruleId)})`,
    escapeMarkdown(finding.message),
    ...(evidence.length === 0 ? [] : [table(['Fact', 'Value', 'From'], evidence)]),
    ...(fixes.length === 0 ? [] : ['**Fix**', fixes.join('\n')]),
    ...(caveat === undefined ? [] : [`> **Uncertain:** ${escapeMarkdown(caveat)}`]),
    ...(sources.length === 0 ? [] : [`Sources: ${sources.join('; ')}`]),
  ]
}

/**
 * The upgrade checklist, by phase, as task-list items: `- [x]` ticked, `- [ ]` not, with the tick
 * also written out ("Done:", "To do:") for renderers without task lists, as the HTML report does.
 */
function checklistBlock(items: readonly ReportChecklistItem[]): string[] {
  if (items.length === 0) {
    return []
  }
  const done = items.filter((item) => item.isDone).length
  const phases = (Object.keys(PLAN_PHASE_TITLES) as (keyof typeof PLAN_PHASE_TITLES)[]).flatMap((phase) => {
    const group = items.filter((item) => item.phase === phase)
    const lines = group.map((item) => `- [${item.isDone ? 'x' : ' '}] **${item.isDone ? 'Done' : 'To do'}:** ${escapeMarkdown(item.title)}: ${escapeMarkdown(item.detail)}`)
    return group.length === 0 ? [] : [`#### ${escapeMarkdown(PLAN_PHASE_TITLES[phase])}`, lines.join('\n')]
  })
  return ['### Upgrade checklist', `${done} of ${items.length} done.`, ...phases]
}

function customizationLine(line: CustomizationLine): string {
  const from = line.from.length === 0 ? '' : ` From ${escapeMarkdown(line.from.join(', '))}.`
  const sources = line.sources.length === 0 ? '' : ` Sources: ${line.sources.map((source) => link(source.title, source.url)).join('; ')}`
  return `- **${escapeMarkdown(line.title)}**: ${escapeMarkdown(line.message)}${from}${sources}`
}

/** "Your customizations": per route, what it loses, keeps and cannot tell, with the facts' sources. */
function customizationsBlock(server: ServerSection): string[] {
  const section = customizationsSection(server)
  if (section === undefined) {
    return []
  }
  return [
    '### Your customizations',
    escapeMarkdown(section.notRead ? CUSTOMIZATIONS_INTRO.notRead : section.losesAnything ? CUSTOMIZATIONS_INTRO.loses : CUSTOMIZATIONS_INTRO.nothing),
    ...section.routes.flatMap((route) => [
      `#### ${escapeMarkdown(route.label)}`,
      ...route.groups.flatMap((group) => [`**${escapeMarkdown(group.title)}**`, group.lines.map(customizationLine).join('\n')]),
    ]),
  ]
}

function serverBlock(server: ServerSection): string[] {
  const facts = server.facts.map((fact) => [escapeMarkdown(fact.path), escapeMarkdown(formatValue(fact.value)), escapeMarkdown(fact.from)])
  const conflicts = server.conflicts.map(
    (conflict) => `- ${escapeMarkdown(conflict.path)}: ${conflict.values.map((entry) => `${escapeMarkdown(formatValue(entry.value))} (${escapeMarkdown(entry.from)})`).join(', ')}; the last one is used`,
  )
  return [
    `## ${escapeMarkdown(server.title)}: ${escapeMarkdown(VERDICT_LABELS[server.verdict])}`,
    `Source: ${escapeMarkdown(server.source)}`,
    ...summary(server),
    ...server.steps.flatMap((step) => [`### ${escapeMarkdown(step.title)}`, ...step.findings.flatMap(findingBlock)]),
    ...customizationsBlock(server),
    ...checklistBlock(server.checklist),
    '### Raw facts',
    facts.length === 0 ? 'No facts were given.' : table(['Fact', 'Value', 'From'], facts),
    ...(conflicts.length === 0 ? [] : ['#### Sources that disagree', conflicts.join('\n')]),
  ]
}

function fleetBlock(report: FleetReport): string[] {
  if (report.servers.length < 2 && report.errors.length === 0) {
    return []
  }
  const rows = report.servers.map((server) => {
    const next = server.deadlines.items.find((item) => item.date === server.nextDeadline)
    return [escapeMarkdown(server.title), escapeMarkdown(VERDICT_LABELS[server.verdict]), String(server.failCount), String(server.warnCount), escapeMarkdown(next === undefined ? 'none ahead' : `${next.dateText}: ${next.label}`)]
  })
  const pairs = report.staging.pairs.map((pair) => `- ${pair.status === 'ok' ? '' : '**Warning:** '}${escapeMarkdown(pair.message)}`)
  const errors = report.errors.map((error) => `- **${escapeMarkdown(error.source)}**: ${escapeMarkdown(error.message)}`)
  return [
    '## Fleet overview',
    table(['Server', 'Verdict', 'Fails', 'Warnings', 'Next deadline'], rows),
    ...(pairs.length === 0 ? [] : ['### Staging pairs', pairs.join('\n')]),
    ...(errors.length === 0 ? [] : ['### Inputs that could not be read', errors.join('\n')]),
  ]
}

/** The whole report as Markdown, ending with a newline. */
export function formatMarkdown(report: FleetReport): string {
  const blocks = [
    `# ${escapeMarkdown(reportTitle(report))}`,
    escapeMarkdown(reportMeta(report)),
    ...(report.isRedacted ? [`> ${escapeMarkdown(REDACTION_NOTE)}`] : []),
    ...fleetBlock(report),
    ...report.servers.flatMap(serverBlock),
  ]
  return `${blocks.join('\n\n')}\n`
}
