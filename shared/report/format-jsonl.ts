/**
 * `--format jsonl`: JSON Lines for log pipelines. A header line with the run and each rule's
 * unchanging parts, then one line per server with only what is its own in each finding, then one
 * line per input that could not be read. Every line is one JSON value and ends with `\n`.
 */
import { safeJsonStringify } from './control-characters'
import type { ContractDocument, ContractServer, SourceError } from './fleet-input'
import { ownRemediation, type RuleCatalogue } from './rule-catalogue'

/** The run's header fields, as the contract's JSON document has them. */
export type RunHeader = Pick<ContractDocument, 'schemaVersion' | 'asOf' | 'rulePack'>

/** The first line: the run (schema version, as-of date, the rule pack as given) and the rules by id. */
export function jsonlHeaderLine(header: RunHeader, catalogue: RuleCatalogue): string {
  const rules = Object.fromEntries(
    catalogue.rules.map((rule) => [rule.id, { title: rule.title, step: rule.step, severity: rule.severity, sources: rule.sources, remediation: rule.remediation }]),
  )
  return `${safeJsonStringify({ type: 'header', schemaVersion: header.schemaVersion, asOf: header.asOf, rulePack: header.rulePack, rules })}\n`
}

/** One server's line: its source, name and verdict, and each finding's status, message, evidence and data. */
export function jsonlServerLine(server: ContractServer, catalogue: RuleCatalogue): string {
  const findings = server.findings.map((finding) => {
    const remediation = ownRemediation(finding, catalogue)
    const own = { ruleId: finding.ruleId, status: finding.status, message: finding.message, evidence: finding.evidence, data: finding.data }
    return remediation === undefined ? own : { ...own, remediation }
  })
  const conflicts = server.conflicts !== undefined && server.conflicts.length > 0 ? { conflicts: server.conflicts } : {}
  return `${safeJsonStringify({ type: 'server', source: server.source, name: server.name, verdict: server.verdict, findings, ...conflicts })}\n`
}

/** One unreadable input's line. */
export function jsonlErrorLine(error: SourceError): string {
  return `${safeJsonStringify({ type: 'error', source: error.source, message: error.message })}\n`
}

/** The whole document as JSON Lines (the redacted path, which has the whole fleet at once). */
export function formatJsonl(document: ContractDocument, catalogue: RuleCatalogue): string {
  return [jsonlHeaderLine(document, catalogue), ...document.servers.map((server) => jsonlServerLine(server, catalogue)), ...document.errors.map(jsonlErrorLine)].join('')
}
