/**
 * The step list, wired to the store: each step's state, and going to a step.
 */
import { useShallow } from 'zustand/react/shallow'
import { CLOUD_SYNC_FIT_WORDS } from '~renderer/components/cloud-sync-fit'
import { StepNav, type StepNavItem } from '~renderer/components/step-nav'
import { useWizardStore } from '~renderer/store/context'
import { selectStepState } from '~renderer/store/selectors'
import { WIZARD_STEPS } from '~renderer/store/steps'

/** The left-hand step list. */
export function StepList() {
  const states = useWizardStore(useShallow((state) => WIZARD_STEPS.map((step) => selectStepState(state, step.id))))
  const current = useWizardStore((state) => state.step)
  const goTo = useWizardStore((state) => state.goTo)
  const items: StepNavItem[] = WIZARD_STEPS.map((step, index) => {
    const state = states[index] ?? 'not-started'
    // The Cloud Sync evaluation is advice about the server: its words, not pass or fail.
    const advice = step.id === 'cloudsync' ? CLOUD_SYNC_FIT_WORDS[state] : undefined
    return { ...step, state, ...(advice === undefined ? {} : { advice }) }
  })
  return <StepNav items={items} current={current} onSelect={goTo} />
}
