/**
 * `--format text`: a readable summary per server for a terminal or a ticket.
 */
import { plural } from '~shared/report/report-text'
import { STATUSES_BY_URGENCY, type Finding, type Status } from '~shared/rules/types'
import type { AssessmentDocument, AssessmentSummary, ServerAssessment } from './assessment-document'
import { toTerminalLine } from './terminal-text'

/** Statuses summed up in one line rather than listed. */
const QUIET_STATUSES: readonly Status[] = ['pass', 'not-applicable']

function urgencyOf(finding: Finding): number {
  return STATUSES_BY_URGENCY.indexOf(finding.status)
}

function countLine(findings: readonly Finding[]): string {
  const passed = findings.filter((finding) => finding.status === 'pass').length
  const notApplicable = findings.filter((finding) => finding.status === 'not-applicable').length
  return notApplicable === 0 ? `  ${passed} passed` : `  ${passed} passed, ${notApplicable} not applicable`
}

function formatServer(server: ServerAssessment): string[] {
  const heading = server.name === null ? server.source : `${server.source} (${server.name})`
  const listed = server.findings
    .filter((finding) => !QUIET_STATUSES.includes(finding.status))
    .sort((a, b) => urgencyOf(a) - urgencyOf(b))
  const width = Math.max(0, ...listed.map((finding) => finding.ruleId.length))
  return [
    toTerminalLine(heading),
    `  verdict: ${server.verdict}`,
    ...listed.map((finding) => `  ${finding.status.padEnd(7)} ${finding.ruleId.padEnd(width)}  ${toTerminalLine(finding.message)}`),
    countLine(server.findings),
  ]
}

/** The first lines: the as-of date and the rule pack. */
export function textHead(header: Pick<AssessmentDocument, 'asOf' | 'rulePack'>): string {
  return `Entra Connect upgrade readiness as of ${header.asOf} (rule pack ${header.rulePack.version})\n\n`
}

/** One server's lines, and the blank line after them. */
export function textServer(server: ServerAssessment): string {
  return `${formatServer(server).join('\n')}\n\n`
}

/** The files that could not be read, and the closing count. */
export function textTail(summary: AssessmentSummary): string {
  const lines: string[] = []
  if (summary.errors.length > 0) {
    lines.push('Could not be read:')
    lines.push(...summary.errors.map((error) => `  ${toTerminalLine(error.message)}`), '')
  }
  const failed = summary.errors.length === 0 ? '' : `; ${plural(summary.errors.length, 'file')} could not be read`
  lines.push(`${plural(summary.serverCount, 'server')} assessed, ${summary.notOkCount} not ok${failed}.`)
  return `${lines.join('\n')}\n`
}

/** Formats the whole document as text, ending with a newline. */
export function formatText(document: AssessmentDocument): string {
  const summary = {
    serverCount: document.servers.length,
    notOkCount: document.servers.filter((server) => server.verdict !== 'ok').length,
    errors: document.errors,
  }
  return `${textHead(document)}${document.servers.map(textServer).join('')}${textTail(summary)}`
}
