/**
 * The header's Practice button. The scenarios dialog it opens is its own chunk
 * (practice-scenarios-dialog.tsx), loaded on the first press and kept mounted after.
 */
import { Button } from '@fluentui/react-components'
import { HatGraduation20Regular } from '@fluentui/react-icons'
import { lazy, Suspense, useState } from 'react'

const PracticeScenariosDialog = lazy(() => import('./practice-scenarios-dialog').then((module) => ({ default: module.PracticeScenariosDialog })))

/** The Practice button and, once pressed, the dialog it opens. */
export function PracticeDialog() {
  const [isOpen, setIsOpen] = useState(false)
  const [wasOpened, setWasOpened] = useState(false)
  const show = () => {
    setIsOpen(true)
    setWasOpened(true)
  }
  return (
    <>
      <Button icon={<HatGraduation20Regular />} aria-haspopup="dialog" onClick={show}>
        Practice
      </Button>
      {wasOpened ? (
        <Suspense fallback={null}>
          <PracticeScenariosDialog isOpen={isOpen} onClose={() => setIsOpen(false)} />
        </Suspense>
      ) : null}
    </>
  )
}
