/**
 * Step 1: the server's install details. Several ways in (open, drop, paste, collect) and the
 * form; every input is a layer of one document, and disagreements are shown, not hidden.
 *
 * The first frame draws everything down to the form; "About this assessment", below it, follows
 * once that frame is painted (`features/wizard/later.tsx`; drawn later above the form, a card
 * would push the form down).
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { ClipboardPaste20Regular, WindowConsole20Regular } from '@fluentui/react-icons'
import { lazy, Suspense, useState } from 'react'
import { AfterFirstPaint } from '~renderer/components/after-first-paint'
import { SectionCard } from '~renderer/components/section-card'
import { useWizardStore } from '~renderer/store/context'
import { ConflictsPanel } from './conflicts-panel'
import { DropZone, FileDropTarget } from './drop-zone'
import { ImportMessages } from './import-messages'
import { InputsList } from './inputs-list'
import { ManualForm } from './manual-form'
import { LaterAboutCard } from '../wizard/later'

// Shown only when asked for: their own chunks, so the first screen does not pay for them.
const PastePanel = lazy(() => import('./paste-panel').then((module) => ({ default: module.PastePanel })))
const CollectorPanel = lazy(() => import('./collector-panel').then((module) => ({ default: module.CollectorPanel })))

const useStyles = makeStyles({
  intro: { margin: 0, maxWidth: '80ch' },
  count: { color: tokens.colorNeutralForeground2 },
})

type WayIn = 'paste' | 'collector'

/** The install-details step. */
export function InstallDetailsStep() {
  const styles = useStyles()
  const [shown, setShown] = useState<WayIn | undefined>(undefined)
  const inputCount = useWizardStore((state) => state.inputs.length)
  const toggle = (way: WayIn) => setShown(shown === way ? undefined : way)
  return (
    <FileDropTarget>
      <p className={styles.intro}>
        Bring in what you know about the Entra Connect server; the format is detected. Several inputs merge into one
        server, and where they disagree you choose. Leave a field empty if you don&apos;t know it: the checks then say
        &quot;unknown&quot; rather than guess.
      </p>
      <SectionCard title="Bring in install details" dataSection="ways-in">
        <DropZone
          actions={
            <>
              <Button icon={<ClipboardPaste20Regular />} aria-expanded={shown === 'paste'} onClick={() => toggle('paste')}>
                Paste text
              </Button>
              <Button icon={<WindowConsole20Regular />} aria-expanded={shown === 'collector'} onClick={() => toggle('collector')}>
                Collector
              </Button>
            </>
          }
        />
        <Suspense fallback={null}>
          {shown === 'paste' ? <PastePanel /> : null}
          {shown === 'collector' ? <CollectorPanel /> : null}
        </Suspense>
        <ImportMessages />
      </SectionCard>
      <ConflictsPanel />
      <SectionCard
        title="Inputs"
        dataSection="inputs"
        aside={<span className={styles.count}>{inputCount === 1 ? '1 loaded' : `${inputCount} loaded`}</span>}
      >
        <InputsList />
      </SectionCard>
      <SectionCard title="Install details form" dataSection="form">
        <ManualForm />
      </SectionCard>
      <AfterFirstPaint>
        <LaterAboutCard />
      </AfterFirstPaint>
    </FileDropTarget>
  )
}
