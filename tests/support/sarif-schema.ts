/**
 * Checking a SARIF log: against the SARIF 2.1.0 JSON schema that Microsoft's SARIF multitool ships
 * (validated by Ajv), and with the multitool's own `validate` command.
 */
import { execFile } from 'node:child_process'
import { accessSync, constants, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

const require = createRequire(import.meta.url)

/** The multitool's package for this platform (`@microsoft/sarif-multitool` installs it). */
const MULTITOOL_PACKAGE = `@microsoft/sarif-multitool-${process.platform}`

function multitoolFolder(): string {
  return dirname(require.resolve(`${MULTITOOL_PACKAGE}/package.json`))
}

/** Validates against the schema; returns the schema's complaints (none: valid). */
export function sarifSchemaErrors(log: unknown): readonly ErrorObject[] {
  const schema = JSON.parse(readFileSync(join(multitoolFolder(), 'sarif-2.1.0.json'), 'utf8')) as object
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats.default(ajv)
  const validate = ajv.compile(schema)
  return validate(log) ? [] : (validate.errors ?? [])
}

/** The multitool's executable, when it is there and may be run (its package's install script makes it so). */
export function multitoolPath(): string | undefined {
  const path = require(MULTITOOL_PACKAGE) as string
  try {
    accessSync(path, constants.X_OK)
    return path
  } catch {
    return undefined
  }
}

/** Runs `Sarif.Multitool validate FILE` and returns the validator's own SARIF log of what it found. */
export async function multitoolValidate(tool: string, file: string, output: string): Promise<{ results: readonly { ruleId?: string; level?: string; message: { text?: string } }[] }> {
  await promisify(execFile)(tool, ['validate', file, '--output', output, '--log', 'ForceOverwrite'], { timeout: 120_000 })
  const log = JSON.parse(readFileSync(output, 'utf8')) as { runs: { results?: { ruleId?: string; level?: string; message: { text?: string } }[] }[] }
  return { results: log.runs[0]?.results ?? [] }
}
