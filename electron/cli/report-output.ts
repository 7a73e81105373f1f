/**
 * `--format markdown|html|csv` and `--redact`: outputs that need the whole fleet before the first
 * byte (reports sort servers by urgency; redaction numbers names across the fleet). The servers
 * are collected as they are assessed and rendered once, through the same report modules the app
 * uses (`shared/report`).
 */
import { toContractDocument, type FleetInput, type ServerInput } from '../../shared/report/fleet-input'
import { redactFleetInput } from '../../shared/report/redact'
import { renderReport } from '../../shared/report/render-report'
import type { RulePack } from '../../shared/rules/pack/types'
import type { OutputFormat } from './args'
import type { AssessedInput, AssessmentDocument, AssessmentSummary, ServerAssessment } from './assessment-document'
import { formatText } from './format-text'
import type { OutputChunk } from './output-sink'

/** What a format writes before the servers, for each server, and after them. */
export interface FormatWriter {
  readonly head: (header: Pick<AssessmentDocument, 'schemaVersion' | 'asOf' | 'rulePack'>) => string
  readonly server: (server: ServerAssessment, index: number, input: AssessedInput) => OutputChunk
  readonly tail: (summary: AssessmentSummary) => string
}

/** The formats written server by server as they are assessed (unless redacted). */
export type StreamedFormat = 'json' | 'text'

/** True when the output can be written as the servers come: json and text, not redacted. */
export function isStreamed(format: OutputFormat, isRedacted: boolean): format is StreamedFormat {
  return !isRedacted && (format === 'json' || format === 'text')
}

function render(format: OutputFormat, input: FleetInput, isRedacted: boolean, pack: RulePack): string {
  return format === 'text' ? formatText(toContractDocument(isRedacted ? redactFleetInput(input) : input)) : renderReport(format, input, isRedacted, pack)
}

/** A writer that collects every server (with the document it was assessed from) and writes it all at the end; `pack` is the pack in use. */
export function collectingWriter(format: OutputFormat, isRedacted: boolean, pack: RulePack): FormatWriter {
  const servers: ServerInput[] = []
  let header: Pick<FleetInput, 'asOf' | 'rulePack'> | undefined
  return {
    head: ({ asOf, rulePack }) => {
      header = { asOf, rulePack }
      return ''
    },
    server: (server, _index, input) => {
      servers.push({ ...server, ...input })
      return ''
    },
    tail: (summary) => {
      if (header === undefined) {
        throw new Error('the head was not written')
      }
      const fleet: FleetInput = { ...header, servers, errors: summary.errors }
      return render(format, fleet, isRedacted, pack)
    },
  }
}
