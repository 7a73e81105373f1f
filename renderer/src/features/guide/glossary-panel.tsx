/**
 * The header's Glossary button. The panel it opens is its own chunk (glossary-dialog.tsx), loaded
 * on the first press and kept mounted after, so the first screen does not pay for it.
 */
import { Button } from '@fluentui/react-components'
import { BookInformation20Regular } from '@fluentui/react-icons'
import { lazy, Suspense, useRef, useState } from 'react'

const GlossaryDialog = lazy(() => import('./glossary-dialog').then((module) => ({ default: module.GlossaryDialog })))

/** The Glossary button and, once pressed, the panel it opens. */
export function GlossaryPanel() {
  const [isOpen, setIsOpen] = useState(false)
  const [wasOpened, setWasOpened] = useState(false)
  const trigger = useRef<HTMLButtonElement>(null)
  const close = () => {
    setIsOpen(false)
    trigger.current?.focus()
  }
  const show = () => {
    setIsOpen(true)
    setWasOpened(true)
  }
  return (
    <>
      <Button ref={trigger} icon={<BookInformation20Regular />} aria-expanded={isOpen} onClick={() => (isOpen ? close() : show())}>
        Glossary
      </Button>
      {wasOpened ? (
        <Suspense fallback={null}>
          <GlossaryDialog isOpen={isOpen} onClose={close} />
        </Suspense>
      ) : null}
    </>
  )
}
