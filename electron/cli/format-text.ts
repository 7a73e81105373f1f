/**
 * `--format text`: a readable summary per server for a terminal or a ticket.
 */
import { STATUSES_BY_URGENCY, type Finding, type Status } from '../../shared/rules/types'
import type { AssessmentDocument, ServerAssessment } from './assessment-document'
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

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** Formats the whole document as text, ending with a newline. */
export function formatText(document: AssessmentDocument): string {
  const lines = [`Entra Connect upgrade readiness as of ${document.asOf} (rule pack ${document.rulePack.version})`, '']
  for (const server of document.servers) {
    lines.push(...formatServer(server), '')
  }
  if (document.errors.length > 0) {
    lines.push('Could not be read:')
    lines.push(...document.errors.map((error) => `  ${toTerminalLine(error.message)}`), '')
  }
  const notOk = document.servers.filter((server) => server.verdict !== 'ok').length
  const failed = document.errors.length === 0 ? '' : `; ${plural(document.errors.length, 'file')} could not be read`
  lines.push(`${plural(document.servers.length, 'server')} assessed, ${notOk} not ok${failed}.`)
  return `${lines.join('\n')}\n`
}
