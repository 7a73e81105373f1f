/**
 * The rule pack the rules read: the built-in pack at first (so the first screen waits for
 * nothing), then the pack main says is in use (the newest verified one). Importing a pack and
 * trusting a key go through main's dialogs; this slice only keeps the answers.
 */
import type { StateCreator } from 'zustand'
import type { ActivePack, PackOrigin, TrustedKeyView } from '~shared/ipc/rule-pack-schemas'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import type { RulePackFile } from '~shared/rules/pack/types'
import type { WizardDeps, WizardState } from './types'

/** What the last pack action said, for the pack dialog. */
export type PackNotice = { readonly tone: 'success' | 'warning' | 'error'; readonly message: string }

/** A key chosen in main's dialog, shown by its fingerprint before the user trusts it. */
export interface PendingKey {
  readonly key: TrustedKeyView
  readonly isAlreadyTrusted: boolean
}

/** The rule pack slice. */
export interface RulePackSlice {
  /** The pack every rule reads. */
  readonly rulePack: RulePackFile
  readonly packOrigin: PackOrigin
  /** Stored packs main no longer uses, each with its reason. */
  readonly refusedPacks: readonly string[]
  readonly packNotice: PackNotice | undefined
  readonly trustedKeys: readonly TrustedKeyView[] | undefined
  readonly pendingKey: PendingKey | undefined
  /** True while main's dialog is open or a pack is being verified. */
  readonly isPackBusy: boolean
  /** Asks main for the pack in use. */
  readonly loadRulePack: () => Promise<void>
  /** *Import rule pack…*: main's open dialog, verification, then the newest verified pack is used. */
  readonly importRulePack: () => Promise<void>
  readonly loadTrustedKeys: () => Promise<void>
  /** *Add trusted key…*: main's open dialog; the key waits, shown by its fingerprint. */
  readonly chooseKey: () => Promise<void>
  /** Trusts the key shown (main checks it is still the one chosen). */
  readonly trustPendingKey: () => Promise<void>
  readonly dismissPendingKey: () => void
}

const BUILT_IN_ORIGIN: PackOrigin = { version: BUILT_IN_PACK.version, asOf: BUILT_IN_PACK.asOf, source: 'built-in' }

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Builds the rule pack slice over the app's API. */
export function createRulePackSlice(deps: WizardDeps): StateCreator<WizardState, [], [], RulePackSlice> {
  return (set, get) => {
    const applyActive = (active: ActivePack) => {
      const now = get().rulePack
      // The same pack again (main's copy of the built-in one at start) keeps the object, so nothing is re-assessed or re-saved.
      const isSame = now.version === active.pack.version && now.asOf === active.pack.asOf && get().packOrigin.source === active.origin.source
      set({ rulePack: isSame ? now : active.pack, packOrigin: active.origin, refusedPacks: active.refused })
    }
    const busy = async (work: () => Promise<void>) => {
      set({ isPackBusy: true })
      try {
        await work()
      } catch (error) {
        set({ packNotice: { tone: 'error', message: messageOf(error) } })
      } finally {
        set({ isPackBusy: false })
      }
    }
    return {
      rulePack: BUILT_IN_PACK,
      packOrigin: BUILT_IN_ORIGIN,
      refusedPacks: [],
      packNotice: undefined,
      trustedKeys: undefined,
      pendingKey: undefined,
      isPackBusy: false,

      loadRulePack: async () => {
        try {
          const result = await deps.api.rulePack.getActive({})
          if (result.ok) {
            applyActive(result.value)
          }
        } catch {
          // The built-in pack stays in use; the pack dialog says which pack that is.
        }
      },

      importRulePack: () =>
        busy(async () => {
          const result = await deps.api.rulePack.import({})
          if (!result.ok) {
            set({ packNotice: { tone: 'error', message: result.error.message } })
            return
          }
          if (result.value.status === 'canceled') {
            return
          }
          const { imported, isInUse, active } = result.value
          applyActive(active)
          const signer = imported.signer === undefined ? '' : `, signed by ${imported.signer.name}`
          set({
            packNotice: isInUse
              ? { tone: 'success', message: `Rule pack ${imported.version} (facts as of ${imported.asOf}${signer}) is verified and now in use.` }
              : { tone: 'warning', message: `Rule pack ${imported.version} is verified and kept, but the newer pack ${active.origin.version} stays in use.` },
          })
        }),

      loadTrustedKeys: async () => {
        try {
          const result = await deps.api.rulePack.listKeys({})
          if (result.ok) {
            set({ trustedKeys: result.value.keys })
          }
        } catch {
          set({ trustedKeys: [] })
        }
      },

      chooseKey: () =>
        busy(async () => {
          const result = await deps.api.rulePack.inspectKey({})
          if (!result.ok) {
            set({ packNotice: { tone: 'error', message: result.error.message }, pendingKey: undefined })
            return
          }
          set({ pendingKey: result.value.status === 'chosen' ? { key: result.value.key, isAlreadyTrusted: result.value.isAlreadyTrusted } : undefined })
        }),

      trustPendingKey: () =>
        busy(async () => {
          const pending = get().pendingKey
          if (pending === undefined) {
            return
          }
          const result = await deps.api.rulePack.trustKey({ fingerprint: pending.key.fingerprint })
          if (!result.ok) {
            set({ packNotice: { tone: 'error', message: result.error.message } })
            return
          }
          set({ trustedKeys: result.value.keys, pendingKey: undefined, packNotice: { tone: 'success', message: `The key ${pending.key.name} is trusted: packs it signs can be imported.` } })
          // A stored pack signed by this key may now be the newest verified one.
          await get().loadRulePack()
        }),

      dismissPendingKey: () => set({ pendingKey: undefined }),
    }
  }
}
