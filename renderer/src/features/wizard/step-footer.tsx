/**
 * Back and Next, wired to the store.
 */
import { WizardFooter } from '~renderer/components/wizard-footer'
import { useWizardStore } from '~renderer/store/context'
import { stepIndex, WIZARD_STEPS } from '~renderer/store/steps'

/** The footer under the current step. */
export function StepFooter() {
  const index = useWizardStore((state) => stepIndex(state.step))
  const back = useWizardStore((state) => state.back)
  const next = useWizardStore((state) => state.next)
  return (
    <WizardFooter
      previousTitle={WIZARD_STEPS[index - 1]?.title}
      nextTitle={WIZARD_STEPS[index + 1]?.title}
      onBack={back}
      onNext={next}
    />
  )
}
