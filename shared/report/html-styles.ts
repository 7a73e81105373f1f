/**
 * The HTML report's style sheet: inline in the document (it loads nothing), readable on screen,
 * and made for paper under `@media print` (a page per server, no split findings, link targets shown; what Chromium prints for the app's PDF).
 */
export const HTML_REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1b1f; --muted: #5b5f66; --line: #d8dbe0; --fail: #b3261e; --warn: #8a5300; --ok: #1e6b34; --unknown: #5b5f66; --info: #1f4f8f; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font: 14px/1.45 "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 0 0 .25rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h4 { font-size: 1rem; margin: .9rem 0 .35rem; }
p { margin: .35rem 0; }
.meta { color: var(--muted); }
.redacted-note { border: 1px solid var(--line); background: #f4f5f7; padding: .4rem .6rem; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; margin: .35rem 0 .6rem; }
th, td { text-align: left; vertical-align: top; padding: .25rem .45rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
th { font-weight: 600; background: #f4f5f7; }
h5 { font-size: .9rem; margin: .5rem 0 .2rem; }
table.facts { table-layout: fixed; }
table.facts th:nth-child(1) { width: 36%; }
table.facts th:nth-child(2) { width: 34%; }
table.quiet { table-layout: fixed; font-size: .92em; }
table.quiet th:nth-child(1) { width: 26%; }
table.quiet th:nth-child(2) { width: 44%; }
table.quiet .rule-id { display: block; }
table.quiet .caveat, table.quiet .sources { margin: .3rem 0 0; font-size: .95em; }
table.quiet .from { color: var(--muted); }
.fleet-table td:nth-child(3), .fleet-table td:nth-child(4) { text-align: right; }
code, pre { font-family: Consolas, "Cascadia Mono", Menlo, monospace; font-size: .92em; }
pre { background: #f4f5f7; border: 1px solid var(--line); border-radius: 4px; padding: .45rem .6rem; white-space: pre-wrap; overflow-wrap: anywhere; margin: .3rem 0; }
.server { margin-top: 2.5rem; padding-top: 1rem; border-top: 3px solid var(--ink); }
.summary { background: #f8f9fb; border: 1px solid var(--line); border-radius: 6px; padding: .6rem .9rem; }
.verdict-sentence { font-size: 1.05rem; font-weight: 600; }
.badge { display: inline-block; border-radius: 3px; padding: 0 .4rem; font-size: .8rem; font-weight: 700; color: #fff; vertical-align: middle; white-space: nowrap; }
.verdict-critical, .status-fail { background: var(--fail); }
.verdict-action-required, .status-warn { background: var(--warn); }
.verdict-incomplete, .status-unknown { background: var(--unknown); }
.verdict-ok, .status-pass { background: var(--ok); }
.status-info { background: var(--info); }
.status-not-applicable { background: #8b9099; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 4px; padding: .45rem .7rem; margin: .55rem 0; }
.finding.fail { border-left-color: var(--fail); }
.finding.warn { border-left-color: var(--warn); }
.finding.unknown { border-left-color: var(--unknown); }
.finding.pass { border-left-color: var(--ok); }
.finding.info { border-left-color: var(--info); }
.finding h4 { margin: 0 0 .2rem; }
.finding .rule-id { color: var(--muted); font-weight: 400; font-size: .85rem; }
.caveat { border-left: 3px solid var(--warn); background: #fff8e6; padding: .3rem .5rem; }
.sources { color: var(--muted); font-size: .9rem; }
.actions li { margin: .25rem 0; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist li { margin: .3rem 0; padding-left: 1.4rem; text-indent: -1.4rem; }
ul.checklist .detail { color: var(--muted); }
ul.checklist li.done .tick { color: var(--ok); font-weight: 700; }
.pair-ok { color: var(--ok); }
.pair-warn { color: var(--fail); font-weight: 600; }
svg.timeline { display: block; max-width: 100%; height: auto; font-size: 12px; margin: .3rem 0; }
svg.timeline text { fill: var(--ink); }
svg.timeline .tl-label { text-anchor: end; }
svg.timeline .tl-date { paint-order: stroke; stroke: #f8f9fb; stroke-width: 4px; stroke-linejoin: round; }
svg.timeline .tl-year { text-anchor: middle; fill: var(--muted); }
svg.timeline .tl-asof-label { text-anchor: middle; font-weight: 600; }
svg.timeline .tl-grid { stroke: #e6e8eb; }
svg.timeline .tl-row { stroke: #eef0f2; }
svg.timeline .tl-asof { stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 4 3; }
svg.timeline .tl-passed { fill: var(--fail); }
svg.timeline .tl-upcoming { fill: #d08300; }
svg.timeline .tl-met { fill: #fff; stroke: var(--ok); stroke-width: 2.5; }
svg.timeline .tl-unknown { fill: #fff; stroke: var(--unknown); stroke-width: 2; stroke-dasharray: 2 2; }
@media print {
  @page { margin: 14mm 12mm; }
  /* rem sizes (headings, sources, badges) keep the screen's 16:14 ratio to the 9.5pt body text. */
  html { font-size: 10.85pt; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .server { break-before: page; border-top: none; margin-top: 0; }
  /* One server and no fleet overview: it starts on the title's page, not after a blank one. */
  header + .server { break-before: auto; margin-top: 1.25rem; }
  table.facts th:nth-child(1) { width: 46%; }
  table.facts th:nth-child(2) { width: 32%; }
  /* The summary is most of a page tall: it flows, keeping its timeline, rows and actions whole. */
  .finding, tr, svg.timeline, pre, .summary li { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  ul.checklist li { break-inside: avoid; }
  /* Paper has nothing to press: any control (the page has none today) stays off it. */
  button, select, input, [role="toolbar"] { display: none !important; }
  .finding .sources a::after { content: " <" attr(href) ">"; font-size: .85em; overflow-wrap: anywhere; }
  a { color: inherit; }
}
`
