/**
 * Test support for the customization rules: documents with a customizations block.
 */
import type { Customizations, SyncRule } from '~shared/types/customizations'
import type { InstallDetails } from '~shared/types/install-details'
import { makeDetails } from '../harness'

/** An out-of-box rule. */
export function standardRule(name: string, precedence: number, extra: Partial<SyncRule> = {}): SyncRule {
  return { name, precedence, direction: 'Inbound', immutableTag: `Microsoft.${name.replace(/\W/g, '')}.003`, isStandardRule: true, disabled: false, ...extra }
}

/** A custom rule. */
export function customRule(name: string, precedence: number, extra: Partial<SyncRule> = {}): SyncRule {
  return { name, precedence, direction: 'Inbound', immutableTag: '', isStandardRule: false, disabled: false, cloneOfDisabledStandard: false, ...extra }
}

/** A document with a customizations block and optional connect facts. */
export function withCustomizations(customizations: Customizations, connect: NonNullable<InstallDetails['connect']> = {}): InstallDetails {
  return makeDetails({ customizations, connect })
}
