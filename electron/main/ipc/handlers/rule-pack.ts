/**
 * The rule pack channels: the pack in use, *Import rule pack…* and *Add trusted key…*. Every path
 * comes from main's own open dialog, never from the renderer; a key is trusted only after the
 * renderer has shown its fingerprint and sends that fingerprint back.
 */
import { ok } from '~shared/ipc/result'
import type { Handler } from '../guard'
import type { MainDeps } from '../types'

const PACK_DIALOG = { title: 'Import a rule pack (its .sig must be beside it)', filters: [{ name: 'Rule pack (JSON)', extensions: ['json'] }] }
const KEY_DIALOG = { title: 'Add a trusted key (Ed25519 public key, PEM)', filters: [{ name: 'Public key', extensions: ['pub', 'pem'] }] }

/** Builds the rule pack handlers over `deps`. */
export function createRulePackHandlers(deps: MainDeps): {
  readonly 'rule-pack:get-active': Handler<'rule-pack:get-active'>
  readonly 'rule-pack:import': Handler<'rule-pack:import'>
  readonly 'rule-pack:list-keys': Handler<'rule-pack:list-keys'>
  readonly 'rule-pack:inspect-key': Handler<'rule-pack:inspect-key'>
  readonly 'rule-pack:trust-key': Handler<'rule-pack:trust-key'>
} {
  return {
    'rule-pack:get-active': async () => ok(await deps.rulePacks.active()),
    'rule-pack:import': async () => {
      const path = await deps.showOpenDialog(PACK_DIALOG)
      return path === undefined ? ok({ status: 'canceled' as const }) : deps.rulePacks.importFile(path)
    },
    'rule-pack:list-keys': async () => ok({ keys: await deps.rulePacks.listKeys() }),
    'rule-pack:inspect-key': async () => {
      const path = await deps.showOpenDialog(KEY_DIALOG)
      return path === undefined ? ok({ status: 'canceled' as const }) : deps.rulePacks.inspectKey(path)
    },
    'rule-pack:trust-key': async ({ fingerprint }) => {
      const trusted = await deps.rulePacks.trustKey(fingerprint)
      return trusted.ok ? ok({ keys: trusted.value }) : trusted
    },
  }
}
