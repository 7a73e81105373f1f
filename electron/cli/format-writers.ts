/**
 * The formats written server by server as the servers are assessed: json, text, jsonl and sarif
 * (each one writer per run: json and the fleet formats remember the rules' parts from server to
 * server).
 */
import { jsonlErrorLine, jsonlHeaderLine, jsonlServerLine } from '~shared/report/format-jsonl'
import { sarifHead, sarifServerResults, sarifTail, type SarifTool } from '~shared/report/format-sarif'
import { buildRuleCatalogue, type RuleCatalogue } from '~shared/report/rule-catalogue'
import { formatIsoDate } from '~shared/dates/iso-date'
import { ALL_RULES } from '~shared/rules/index'
import { ruleTexts } from '~shared/rules/rule-texts'
import type { RulePack } from '~shared/rules/pack/types'
import { exitCodeOf, type AssessmentSummary, type ServerAssessment } from './assessment-document'
import { textHead, textServer, textTail } from './format-text'
import { ServerJsonWriter } from './json-bytes'
import { JsonlLineWriter } from './jsonl-bytes'
import type { ByteWriter } from './byte-writer'
import { jsonHead, jsonTail } from './json-output'
import type { FormatWriter, StreamedFormat } from './report-output'

const catalogues = new WeakMap<RulePack, RuleCatalogue>()

/** Every rule's unchanging parts with `pack`'s values, said once per run by jsonl and sarif (built on first use per pack). */
export function ruleCatalogue(pack: RulePack): RuleCatalogue {
  let catalogue = catalogues.get(pack)
  if (catalogue === undefined) {
    catalogue = buildRuleCatalogue(ALL_RULES, pack, formatIsoDate)
    catalogues.set(pack, catalogue)
  }
  return catalogue
}

/** A writer of jsonl's server lines as bytes (the same bytes as `serverOutput('jsonl', …)` encoded), into `out` if given. */
export function jsonlLineWriter(pack: RulePack, out?: ByteWriter): JsonlLineWriter {
  // The findings' remediation arrays are the pack-filled ones (ruleTexts remembers them per rule and pack).
  const remediations = ALL_RULES.flatMap((rule) => Object.values(ruleTexts(rule, pack, formatIsoDate).remediation))
  return new JsonlLineWriter(ruleCatalogue(pack), remediations, out)
}

/** jsonl's error lines, after the servers. */
export function jsonlTail(summary: AssessmentSummary): string {
  return summary.errors.map(jsonlErrorLine).join('')
}

/** sarif's tail: the exit status and the unreadable inputs go in the run's invocation. */
export function sarifTailOf(summary: AssessmentSummary): string {
  return sarifTail(summary.errors, exitCodeOf(summary))
}

/**
 * One server's output in a streamed fleet format, as the workers write it: json as a following
 * element and sarif's results each after a comma (the writer drops the comma before the run's
 * first element), text and jsonl as they are.
 */
export function serverOutput(format: Exclude<StreamedFormat, 'json'>, server: ServerAssessment, pack: RulePack): string {
  switch (format) {
    case 'text':
      return textServer(server)
    case 'jsonl':
      return jsonlServerLine(server, ruleCatalogue(pack))
    case 'sarif':
      return sarifServerResults(server, ruleCatalogue(pack))
  }
}

/** True for the formats whose streamed elements come after a comma the run's first one must drop. */
export function leadsWithComma(format: StreamedFormat): boolean {
  return format === 'json' || format === 'sarif'
}

/** A writer for one run of `format` with `pack`; `tool` names this program in a SARIF log. */
export function streamedWriter(format: StreamedFormat, tool: SarifTool, pack: RulePack): FormatWriter {
  switch (format) {
    case 'json': {
      const json = new ServerJsonWriter()
      return {
        head: jsonHead,
        server: (server, index) => {
          json.server(server, index)
          return json.out.take()
        },
        tail: jsonTail,
      }
    }
    case 'text':
      return { head: textHead, server: (server) => textServer(server), tail: textTail }
    case 'jsonl': {
      const lines = jsonlLineWriter(pack)
      return {
        head: (header) => jsonlHeaderLine(header, ruleCatalogue(pack)),
        server: (server) => {
          lines.server(server)
          return lines.out.take()
        },
        tail: jsonlTail,
      }
    }
    case 'sarif': {
      let isFirst = true
      return {
        head: (header) => sarifHead(header, tool, ruleCatalogue(pack)),
        server: (server) => {
          const results = serverOutput('sarif', server, pack)
          if (isFirst && results.length > 0) {
            isFirst = false
            return results.slice(1)
          }
          return results
        },
        tail: sarifTailOf,
      }
    }
  }
}
