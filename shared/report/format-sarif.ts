/**
 * `--format sarif`: one SARIF 2.1.0 log with one run, the format code-scanning and security
 * dashboards ingest. Each rule is said once (`tool.driver.rules`); each finding is one result
 * naming its server as a logical location; inputs that could not be read are the invocation's
 * notifications.
 *
 * Written in parts so a fleet streams: the head (up to the results), each result on a line of
 * its own, led by a comma (the writer drops the one before the run's first result), and the tail.
 *
 * The format: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
import type { Invocation, Notification, ReportingDescriptor, Result, Tool } from 'sarif'
import type { Finding, RemediationStep, Status } from '../rules/types'
import { safeJsonStringify } from './control-characters'
import type { ContractDocument, ContractServer, SourceError } from './fleet-input'
import type { RunHeader } from './format-jsonl'
import { ownRemediation, type CatalogueRule, type RuleCatalogue } from './rule-catalogue'

/** The tool that writes the log. */
export interface SarifTool {
  readonly name: string
  readonly version: string
}

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'
/** Indentation of a result: the log, `runs`, the run and `results` each one step in. */
const RESULT_INDENT = '        '

/** `kind` and `level` by status. */
const KIND_AND_LEVEL: Readonly<Record<Status, Pick<Result, 'kind' | 'level'>>> = {
  fail: { kind: 'fail', level: 'error' },
  warn: { kind: 'fail', level: 'warning' },
  info: { kind: 'informational', level: 'note' },
  pass: { kind: 'pass', level: 'none' },
  unknown: { kind: 'review', level: 'note' },
  'not-applicable': { kind: 'notApplicable', level: 'none' },
}

/** `safeJsonStringify(value, null, 2)` as it reads when it starts `depth` steps in. */
function indented(value: unknown, depth: number): string {
  return safeJsonStringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`)
}

function stepsText(steps: readonly RemediationStep[]): string {
  return steps.map((step) => (step.powershell === undefined ? step.text : `${step.text}\n${step.powershell}`)).join('\n')
}

function stepsMarkdown(steps: readonly RemediationStep[]): string {
  return steps.map((step, index) => `${index + 1}. ${step.text}${step.powershell === undefined ? '' : `\n\n   \`\`\`powershell\n   ${step.powershell.replaceAll('\n', '\n   ')}\n   \`\`\``}`).join('\n')
}

function describeRule(rule: CatalogueRule): ReportingDescriptor {
  const helpUri = rule.sources[0]?.url
  return {
    id: rule.id,
    name: rule.id.replace(/^.*\//, ''),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.why },
    ...(rule.remediation.length === 0 ? {} : { help: { text: stepsText(rule.remediation), markdown: stepsMarkdown(rule.remediation) } }),
    ...(helpUri === undefined ? {} : { helpUri }),
    properties: { step: rule.step, severity: rule.severity },
  }
}

/** The run's tool: this program, its version, the rule pack (as given) and every rule once. */
function toolOf(tool: SarifTool, header: RunHeader, catalogue: RuleCatalogue): Tool {
  return { driver: { name: tool.name, version: tool.version, rules: catalogue.rules.map(describeRule), properties: { rulePack: header.rulePack } } }
}

/** Everything before the first result. */
export function sarifHead(header: RunHeader, tool: SarifTool, catalogue: RuleCatalogue): string {
  return [
    '{',
    `  "$schema": ${safeJsonStringify(SCHEMA_URI)},`,
    '  "version": "2.1.0",',
    '  "runs": [',
    '    {',
    `      "tool": ${indented(toolOf(tool, header, catalogue), 3)},`,
    `      "properties": ${indented({ schemaVersion: header.schemaVersion, asOf: header.asOf }, 3)},`,
    '      "results": [',
  ].join('\n')
}

function resultOf(finding: Finding, server: ContractServer, catalogue: RuleCatalogue): Result {
  const known = catalogue.byId.get(finding.ruleId)
  const remediation = ownRemediation(finding, catalogue)
  return {
    ruleId: finding.ruleId,
    ...(known === undefined ? {} : { ruleIndex: known.index }),
    ...KIND_AND_LEVEL[finding.status],
    message: { text: finding.message },
    locations: [{ logicalLocations: [{ kind: 'server', ...(server.name === null ? {} : { name: server.name }), fullyQualifiedName: server.source }] }],
    properties: {
      status: finding.status,
      evidence: finding.evidence,
      data: finding.data,
      verdict: server.verdict,
      ...(remediation === undefined ? {} : { remediation }),
    },
  }
}

/** One server's results, each on its own line after a comma (`,\n` and the indentation first). */
export function sarifServerResults(server: ContractServer, catalogue: RuleCatalogue): string {
  return server.findings.map((finding) => `,\n${RESULT_INDENT}${safeJsonStringify(resultOf(finding, server, catalogue))}`).join('')
}

/** A file path as a URI reference: forward slashes, each segment percent-encoded; absolute paths as `file:` URIs. */
export function fileUri(path: string): string {
  const slashed = path.replaceAll('\\', '/')
  const encode = (part: string) => part.split('/').map(encodeURIComponent).join('/')
  if (/^[A-Za-z]:\//.test(slashed)) {
    return `file:///${slashed.slice(0, 2)}${encode(slashed.slice(2))}`
  }
  if (slashed.startsWith('//')) {
    // A UNC path (\\server\share\...): the server is the URI's host.
    return `file:${encode(slashed)}`
  }
  return slashed.startsWith('/') ? `file://${encode(slashed)}` : encode(slashed)
}

function notificationOf(error: SourceError): Notification {
  return { level: 'error', message: { text: error.message }, locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(error.source) } } }] }
}

/**
 * Everything after the last result: the end of `results`, the invocation (its exit status, and each
 * unreadable input as an error notification) and the closing brackets.
 */
export function sarifTail(errors: readonly SourceError[], exitCode: number): string {
  const invocation: Invocation = {
    executionSuccessful: errors.length === 0,
    exitCode,
    ...(errors.length === 0 ? {} : { toolExecutionNotifications: errors.map(notificationOf) }),
  }
  return [`\n${RESULT_INDENT.slice(2)}],`, `      "invocations": ${indented([invocation], 3)}`, '    }', '  ]', '}', ''].join('\n')
}

/** The whole log at once (the redacted path, which has the whole fleet first). */
export function formatSarif(document: ContractDocument, tool: SarifTool, catalogue: RuleCatalogue, exitCode: number): string {
  const results = document.servers.map((server) => sarifServerResults(server, catalogue)).join('')
  return `${sarifHead(document, tool, catalogue)}${results.slice(1)}${sarifTail(document.errors, exitCode)}`
}
