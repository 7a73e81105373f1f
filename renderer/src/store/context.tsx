/**
 * Hands the store to components through React context, so tests can render with their own store.
 */
import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { WizardStore } from './index'
import type { WizardState } from './types'

const WizardStoreContext = createContext<WizardStore | undefined>(undefined)

/** Provides `store` to the tree below. */
export function WizardStoreProvider({ store, children }: { readonly store: WizardStore; readonly children: ReactNode }) {
  return <WizardStoreContext.Provider value={store}>{children}</WizardStoreContext.Provider>
}

/**
 * Subscribes to one piece of the store: the component re-renders only when `selector`'s result changes.
 *
 * Pick primitives or memoized values; wrap multi-field picks in `useShallow`.
 */
export function useWizardStore<T>(selector: (state: WizardState) => T): T {
  const store = useContext(WizardStoreContext)
  if (store === undefined) {
    throw new Error('useWizardStore needs a WizardStoreProvider above it.')
  }
  return useStore(store, selector)
}
