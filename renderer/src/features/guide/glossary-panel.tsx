/**
 * The header's Glossary button. The panel it opens is its own chunk (glossary-dialog.tsx), loaded
 * on the first press and kept mounted after, so the first screen does not pay for it.
 */
import { Button } from '@fluentui/react-components'
import { BookInformation20Regular } from '@fluentui/react-icons'
import { lazy, Suspense, useRef } from 'react'
import { useLazyPanel } from '~renderer/components/use-lazy-panel'

const GlossaryDialog = lazy(() => import('./glossary-dialog').then((module) => ({ default: module.GlossaryDialog })))

/** The Glossary button and, once pressed, the panel it opens. */
export function GlossaryPanel() {
  const panel = useLazyPanel()
  const trigger = useRef<HTMLButtonElement>(null)
  const close = () => {
    panel.close()
    trigger.current?.focus()
  }
  return (
    <>
      <Button ref={trigger} icon={<BookInformation20Regular />} aria-expanded={panel.isOpen} onClick={() => (panel.isOpen ? close() : panel.open())}>
        Glossary
      </Button>
      {panel.isMounted ? (
        <Suspense fallback={null}>
          <GlossaryDialog isOpen={panel.isOpen} onClose={close} />
        </Suspense>
      ) : null}
    </>
  )
}
