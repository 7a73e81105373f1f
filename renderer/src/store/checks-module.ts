/**
 * The checks' chunk: the contract's schema (zod) and the import readers. Loaded by checks.ts,
 * never imported statically by the first screen.
 */
import { importInput } from '~shared/intake/import-input'
import { validateInstallDetails } from '~shared/import/merge-inputs'
import type { DetailsChecks } from './checks'

/** The checks, as checks.ts hands them out. */
export const DETAILS_CHECKS: DetailsChecks = { validateDetails: validateInstallDetails, importInput }
