/**
 * Assessment drafts for tests: a small one from a fixture's facts, and a large one whose every
 * field says which writer and which version wrote it (for the interrupted-save test).
 */
import type { AssessmentDraft } from '~shared/assessments/assessment'
import { flattenDocument } from '~shared/intake/dotted-path'

const AADC01_DOCUMENT = {
  server: { name: 'AADC01', domainJoined: true, os: { build: 17763, installationType: 'Server' } },
  connect: { version: '2.4.27.0', serverConfigurationVersion: '2.4.27.0', cloud: 'commercial', stagingModeEnabled: false },
  dotnet: { release: 528449 },
}

/** A small draft with one collector input and a few answers; `overrides` replace fields. */
export function smallDraft(overrides: Partial<AssessmentDraft> = {}): AssessmentDraft {
  return {
    name: 'Contoso AADC01',
    customer: 'Contoso',
    serverName: 'AADC01',
    inputs: [{ source: 'AADC01.json', format: 'install-details-json', facts: flattenDocument(AADC01_DOCUMENT) }],
    answers: { 'cloudsync.passwordWriteback': true, 'checklist:backup-taken': false, 'cloudsync.notes': 'ask the customer' },
    asOf: '2026-11-26',
    notes: 'First visit.',
    ...overrides,
  }
}

/** Inputs and facts of the large draft: about 1 MB of JSON. */
const LARGE_INPUTS = 10
const LARGE_FACTS_PER_INPUT = 1000

/** A large draft for `id`, every value stamped `<writer>-<version>` so a torn mix of versions shows. */
export function largeDraft(id: string, writer: string, version: number): AssessmentDraft {
  const stamp = `${writer}-${version}`
  return {
    id,
    name: `Large assessment ${stamp}`,
    customer: 'Fabrikam',
    serverName: 'AADC-LARGE',
    inputs: Array.from({ length: LARGE_INPUTS }, (_, input) => ({
      source: `input-${input}.json`,
      format: 'install-details-json' as const,
      facts: Array.from({ length: LARGE_FACTS_PER_INPUT }, (_, fact) => ({ path: `extra.group${input}.field${fact}`, value: `${stamp}-${input}-${fact}` })),
    })),
    answers: { stamp },
    asOf: null,
    notes: `Written by ${stamp}.`,
  }
}

/** The writer and version a large assessment's name says it is. */
export function stampOf(name: string): { readonly writer: string; readonly version: number } | undefined {
  const match = /^Large assessment (.+)-(\d+)$/.exec(name)
  return match === null ? undefined : { writer: match[1] ?? '', version: Number(match[2]) }
}
