/**
 * The step list, wired to the store: each step's state, and going to a step.
 */
import { useShallow } from 'zustand/react/shallow'
import { StepNav, type StepNavItem } from '../../components/step-nav'
import { useWizardStore } from '../../store/context'
import { selectStepState } from '../../store/selectors'
import { WIZARD_STEPS } from '../../store/steps'

/** The left-hand step list. */
export function StepList() {
  const states = useWizardStore(useShallow((state) => WIZARD_STEPS.map((step) => selectStepState(state, step.id))))
  const current = useWizardStore((state) => state.step)
  const goTo = useWizardStore((state) => state.goTo)
  const items: StepNavItem[] = WIZARD_STEPS.map((step, index) => ({ ...step, state: states[index] ?? 'not-started' }))
  return <StepNav items={items} current={current} onSelect={goTo} />
}
