/**
 * The header's Practice button. The scenarios dialog it opens is its own chunk
 * (practice-scenarios-dialog.tsx), loaded on the first press and kept mounted after.
 */
import { Button } from '@fluentui/react-components'
import { HatGraduation20Regular } from '@fluentui/react-icons'
import { lazy, Suspense } from 'react'
import { useLazyPanel } from '~renderer/components/use-lazy-panel'

const PracticeScenariosDialog = lazy(() => import('./practice-scenarios-dialog').then((module) => ({ default: module.PracticeScenariosDialog })))

/** The Practice button and, once pressed, the dialog it opens. */
export function PracticeDialog() {
  const panel = useLazyPanel()
  return (
    <>
      <Button icon={<HatGraduation20Regular />} aria-haspopup="dialog" onClick={panel.open}>
        Practice
      </Button>
      {panel.isMounted ? (
        <Suspense fallback={null}>
          <PracticeScenariosDialog isOpen={panel.isOpen} onClose={panel.close} />
        </Suspense>
      ) : null}
    </>
  )
}
