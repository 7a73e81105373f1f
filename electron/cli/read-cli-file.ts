/**
 * The command line's reader of one FILE argument: its bytes from disk (electron/node), then the
 * one importer, which also reads saved assessment files here. The validated document when it is
 * install-details JSON (so a one-file server needs no merge), a saved assessment's inputs and
 * conflict choices when it is a saved assessment file (`kind: entra-connect-assessment`), else
 * the facts its text form gave, or a Get-ADSyncServerConfiguration export folder's connectors.
 * Same checks, formats and messages as the app's reader.
 */
import type { ConflictChoices } from '~shared/intake/derive'
import { flattenDocument, isUnsafeKey } from '~shared/intake/dotted-path'
import { importInputOrAssessment } from '~shared/intake/import-input'
import type { SourcedFacts } from '~shared/import/merge-facts'
import type { Fact } from '~shared/import/text-forms/types'
import { fail, ok, type Result } from '~shared/ipc/result'
import type { InstallDetails } from '~shared/types/install-details'
import { statSync } from 'node:fs'
import { readInputBytesSync } from '../node/read-input-bytes'
import { readServerConfigurationFolderSync } from '../node/read-server-configuration-folder'

/** A FILE's content: a whole document, facts from a text form, or a saved assessment. */
export type CliFile =
  | { readonly kind: 'document'; readonly details: InstallDetails }
  | { readonly kind: 'facts'; readonly facts: readonly Fact[] }
  | {
      readonly kind: 'assessment'
      /** The assessment's name and, when it says so, its server's name. */
      readonly name: string
      readonly serverName: string
      readonly inputs: readonly SourcedFacts[]
      readonly conflictChoices: ConflictChoices
    }

/**
 * Reads and imports the FILE at `path`, synchronously (the command line reads one file after
 * another; see `readInputBytesSync`). Never throws; a failure's message starts with the file name.
 */
export function readCliFile(path: string): Result<CliFile> {
  if (isFolder(path)) {
    // Only an export folder gets here (groupInputs expands any other folder into its files).
    const folder = readServerConfigurationFolderSync(path)
    return folder.ok ? ok({ kind: 'facts', facts: folder.value.facts }) : folder
  }
  const read = readInputBytesSync(path)
  if (!read.ok) {
    return read
  }
  const imported = importInputOrAssessment(read.value)
  if (!imported.ok) {
    return fail(imported.code, imported.message)
  }
  if (imported.kind === 'assessment') {
    const { name, serverName, inputs, conflictChoices } = imported.assessment
    return ok({ kind: 'assessment', name, serverName, inputs, conflictChoices: conflictChoices ?? {} })
  }
  return imported.details !== undefined ? ok({ kind: 'document', details: imported.details }) : ok({ kind: 'facts', facts: imported.facts })
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    // The reader says what is wrong with the path.
    return false
  }
}

/** The FILE's inputs for the deriver, labelled `source` (a saved assessment keeps its own inputs' labels). */
export function inputsOf(source: string, file: CliFile): readonly SourcedFacts[] {
  switch (file.kind) {
    case 'facts':
      return [{ source, facts: file.facts }]
    case 'document':
      return [{ source, facts: flattenDocument(file.details) }]
    case 'assessment':
      return file.inputs
  }
}

/**
 * True when merging the document's own facts gives back the same document: no empty object (its
 * field has no fact, so a merge drops it) and no key a fact path cannot hold (a dot, or a key the
 * merge refuses). Then a one-file server is assessed from the document as it is.
 */
export function survivesMerge(value: Readonly<Record<string, unknown>>): boolean {
  for (const [key, child] of Object.entries(value)) {
    if (key === '' || isUnsafeKey(key) || key.includes('.')) {
      return false
    }
    if (child !== null && typeof child === 'object' && !Array.isArray(child)) {
      const record = child as Readonly<Record<string, unknown>>
      if (Object.keys(record).length === 0 || !survivesMerge(record)) {
        return false
      }
    }
  }
  return true
}
