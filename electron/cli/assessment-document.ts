/**
 * The command line's output document (contract section 4), built from the files named.
 */
import { assessServer } from '../../shared/assess'
import type { IsoDate } from '../../shared/dates/iso-date'
import { RULE_PACK } from '../../shared/rules/pack/data'
import type { Finding, Verdict } from '../../shared/rules/types'
import { readInstallDetailsFile } from '../main/services/read-install-details-file'

/** One assessed server. */
export interface ServerAssessment {
  /** The FILE as given on the command line. */
  readonly source: string
  /** `server.name` from the document, or null when unknown. */
  readonly name: string | null
  readonly verdict: Verdict
  readonly findings: readonly Finding[]
}

/** One FILE that could not be read or parsed. */
export interface SourceError {
  readonly source: string
  readonly message: string
}

/** The whole output: `--format json` prints exactly this. */
export interface AssessmentDocument {
  readonly schemaVersion: 1
  readonly asOf: IsoDate
  readonly rulePack: { readonly version: string; readonly asOf: IsoDate }
  readonly servers: readonly ServerAssessment[]
  readonly errors: readonly SourceError[]
}

/**
 * Reads and assesses each file in turn (in the order given). A file that fails becomes an entry
 * in `errors`; the others are still assessed.
 */
export async function assessFiles(files: readonly string[], asOf: IsoDate): Promise<AssessmentDocument> {
  const servers: ServerAssessment[] = []
  const errors: SourceError[] = []
  for (const source of files) {
    const read = await readInstallDetailsFile(source)
    if (!read.ok) {
      errors.push({ source, message: read.error.message })
      continue
    }
    const { details } = read.value
    const report = assessServer(details, asOf, { default: source })
    servers.push({ source, name: details.server?.name ?? null, verdict: report.verdict, findings: report.findings })
  }
  return {
    schemaVersion: 1,
    asOf,
    rulePack: { version: RULE_PACK.version, asOf: RULE_PACK.asOf },
    servers,
    errors,
  }
}

/** The exit status: 2 if any file failed, else 1 if any verdict is not `ok`, else 0. */
export function exitCodeOf(document: AssessmentDocument): 0 | 1 | 2 {
  if (document.errors.length > 0) {
    return 2
  }
  return document.servers.some((server) => server.verdict !== 'ok') ? 1 : 0
}
