/**
 * A store with a fake API and a practice scenario loaded: the quickest real server for a test.
 */
import { createWizardStore, type WizardStore } from '~renderer/store'
import { createFakeApi } from './fake-api'

/** A fresh store with the practice scenario `id` loaded. */
export async function storeWithPractice(id: string): Promise<WizardStore> {
  const store = createWizardStore({ api: createFakeApi().api })
  await store.getState().loadPractice(id)
  return store
}
