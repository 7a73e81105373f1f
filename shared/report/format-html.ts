/**
 * `--format html`: one self-contained page (inline CSS, the timeline as inline SVG, no scripts, no
 * external resources) that prints well, a page per server. Every value is HTML-escaped.
 */
import { describePackRef } from '../rules/pack/pack-summary'
import { formatIsoDate } from '../dates/iso-date'
import { escapeHtml as e } from './escape-html'
import type { FleetReport } from './fleet-report'
import { HTML_REPORT_CSS } from './html-styles'
import { htmlServer } from './html-server'
import { htmlTable } from './html-table'
import { plural, VERDICT_LABELS } from './report-text'

/** Nothing may load or run: the policy a browser enforces even if a value slipped through. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"

/** The report's title: what, how many servers, as of when. */
export function reportTitle(report: FleetReport): string {
  const count = report.servers.length === 1 ? (report.servers[0]?.title ?? '1 server') : plural(report.servers.length, 'server')
  return `Entra Connect upgrade readiness: ${count}, as of ${formatIsoDate(report.asOf)}`
}

/** The line under the title: the as-of date, the rule pack and the order. */
export function reportMeta(report: FleetReport): string {
  const order = report.servers.length > 1 ? ' Servers are sorted by urgency.' : ''
  return `As of ${formatIsoDate(report.asOf)}. ${describePackRef(report.rulePack, formatIsoDate)}${order}`
}

/** Said at the top of a redacted report. */
export const REDACTION_NOTE =
  'Redacted: server, domain, tenant, account and customer names, input file names and assessment names are replaced by placeholders (SERVER-1, DOMAIN-1, TENANT-1, ACCOUNT-1, CUSTOMER-1, FILE-1, ASSESSMENT-1); the same name has the same placeholder throughout.'

function overview(report: FleetReport): string {
  const rows = report.servers.map((server) => {
    const next = server.deadlines.items.find((item) => item.date === server.nextDeadline)
    return [
      `<a href="#${e(server.anchor)}">${e(server.title)}</a>`,
      `<span class="badge verdict-${e(server.verdict)}">${e(VERDICT_LABELS[server.verdict])}</span>`,
      String(server.failCount),
      String(server.warnCount),
      next === undefined ? 'none ahead' : `${e(next.dateText)}: ${e(next.label)}`,
    ]
  })
  return htmlTable(['Server', 'Verdict', 'Fails', 'Warnings', 'Next deadline'], rows, 'fleet-table')
}

function staging(report: FleetReport): string {
  const { pairs } = report.staging
  if (pairs.length === 0) {
    return ''
  }
  const items = pairs.map((pair) => `<li class="${pair.status === 'ok' ? 'pair-ok' : 'pair-warn'}">${e(pair.message)}</li>`)
  return `<h3>Staging pairs</h3><ul>${items.join('')}</ul>`
}

function errors(report: FleetReport): string {
  if (report.errors.length === 0) {
    return ''
  }
  const items = report.errors.map((error) => `<li><strong>${e(error.source)}</strong>: ${e(error.message)}</li>`)
  return `<h3>Inputs that could not be read</h3><ul>${items.join('')}</ul>`
}

/** The whole report as one HTML document. */
export function formatHtml(report: FleetReport): string {
  const fleet =
    report.servers.length > 1 || report.errors.length > 0
      ? `<section class="fleet"><h2>Fleet overview</h2>${overview(report)}${staging(report)}${errors(report)}</section>`
      : ''
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${e(CONTENT_SECURITY_POLICY)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${e(reportTitle(report))}</title>`,
    `<style>${HTML_REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${e(reportTitle(report))}</h1><p class="meta">${e(reportMeta(report))}</p>${report.isRedacted ? `<p class="redacted-note">${e(REDACTION_NOTE)}</p>` : ''}</header>`,
    fleet,
    ...report.servers.map(htmlServer),
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
