/**
 * `--format markdown|html|csv` and `--redact`: outputs that need the whole fleet before the first
 * byte (reports sort servers by urgency; redaction numbers names across the fleet). The servers
 * are collected as they are assessed and rendered once, through the same report modules the app
 * uses (`shared/report`).
 */
import { toContractDocument, type FleetInput, type ServerInput } from '~shared/report/fleet-input'
import { formatJsonl } from '~shared/report/format-jsonl'
import { formatSarif, type SarifTool } from '~shared/report/format-sarif'
import { renderRedacted } from '~shared/report/redact'
import { renderReport } from '~shared/report/render-report'
import type { RulePack } from '~shared/rules/pack/types'
import type { OutputFormat } from './args'
import { exitCodeOf, type AssessedInput, type AssessmentDocument, type AssessmentSummary, type ServerAssessment } from './assessment-document'
import { formatText } from './format-text'
import { ruleCatalogue } from './format-writers'
import type { OutputChunk } from './output-sink'

/** What a format writes before the servers, for each server, and after them. */
export interface FormatWriter {
  readonly head: (header: Pick<AssessmentDocument, 'schemaVersion' | 'asOf' | 'rulePack'>) => string
  readonly server: (server: ServerAssessment, index: number, input: AssessedInput) => OutputChunk
  readonly tail: (summary: AssessmentSummary) => string
}

/** The formats written server by server as they are assessed (unless redacted). */
export type StreamedFormat = 'json' | 'text' | 'jsonl' | 'sarif'

const STREAMED_FORMATS: readonly OutputFormat[] = ['json', 'text', 'jsonl', 'sarif'] satisfies readonly StreamedFormat[]

/** True when the output can be written as the servers come: json, text, jsonl and sarif, not redacted. */
export function isStreamed(format: OutputFormat, isRedacted: boolean): format is StreamedFormat {
  return !isRedacted && STREAMED_FORMATS.includes(format)
}

function render(format: OutputFormat, input: FleetInput, isRedacted: boolean, tool: SarifTool, exitCode: number, pack: RulePack): string {
  switch (format) {
    case 'text':
    case 'jsonl':
    case 'sarif': {
      const write = (fleet: FleetInput): string => {
        const document = toContractDocument(fleet)
        return format === 'text' ? formatText(document) : format === 'jsonl' ? formatJsonl(document, ruleCatalogue()) : formatSarif(document, tool, ruleCatalogue(), exitCode)
      }
      return isRedacted ? renderRedacted(input, write) : write(input)
    }
    default:
      return renderReport(format, input, isRedacted, pack)
  }
}

/**
 * A writer that collects every server (with the document it was assessed from) and writes it all
 * at the end; `tool` names this program in a SARIF log, `pack` is the pack in use.
 */
export function collectingWriter(format: OutputFormat, isRedacted: boolean, tool: SarifTool, pack: RulePack): FormatWriter {
  const servers: ServerInput[] = []
  let header: Pick<FleetInput, 'asOf' | 'rulePack'> | undefined
  return {
    head: ({ asOf, rulePack }) => {
      header = { asOf, rulePack }
      return ''
    },
    server: (server, _index, input) => {
      // The customizations view is made again from the findings the report shows (redacted ones too).
      const { customizations: _view, ...assessed } = server
      servers.push({ ...assessed, ...input })
      return ''
    },
    tail: (summary) => {
      if (header === undefined) {
        throw new Error('the head was not written')
      }
      const fleet: FleetInput = { ...header, servers, errors: summary.errors }
      return render(format, fleet, isRedacted, tool, exitCodeOf(summary), pack)
    },
  }
}
