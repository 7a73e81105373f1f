/**
 * The header's Assessments button. The panel it opens (saved assessments, export, import) is its
 * own chunk, loaded on the first press and kept mounted after, so the first screen does not pay
 * for it.
 */
import { Button } from '@fluentui/react-components'
import { Folder20Regular } from '@fluentui/react-icons'
import { lazy, Suspense } from 'react'
import { useLazyPanel } from '~renderer/components/use-lazy-panel'
import { useWizardStore } from '~renderer/store/context'

const AssessmentsPanel = lazy(() => import('./assessments-panel').then((module) => ({ default: module.AssessmentsPanel })))

/** The Assessments button and, once pressed, its panel. */
export function AssessmentsDialog() {
  const panel = useLazyPanel()
  const refreshAssessments = useWizardStore((state) => state.refreshAssessments)
  const show = () => {
    panel.open()
    void refreshAssessments()
  }
  return (
    <>
      <Button icon={<Folder20Regular />} aria-haspopup="dialog" onClick={show}>
        Assessments
      </Button>
      {panel.isMounted ? (
        <Suspense fallback={null}>
          <AssessmentsPanel isOpen={panel.isOpen} onClose={panel.close} />
        </Suspense>
      ) : null}
    </>
  )
}
