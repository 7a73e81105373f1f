/**
 * The install-details step's cards around its form: above it the ways in (open, drop, paste,
 * collect), the conflicts and the inputs loaded; below it "About this assessment". Drawn after the
 * first frame (`features/wizard/later-parts.ts`): typing into the form needs none of them.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { ClipboardPaste20Regular, WindowConsole20Regular } from '@fluentui/react-icons'
import { lazy, Suspense, useState } from 'react'
import { SectionCard } from '~renderer/components/section-card'
import { useWizardStore } from '~renderer/store/context'
import { AssessmentAbout } from './assessment-about'
import { ConflictsPanel } from './conflicts-panel'
import { DropZone } from './drop-zone'
import { ImportMessages } from './import-messages'
import { InputsList } from './inputs-list'

// Shown only when asked for: their own chunks, so the first screen does not pay for them.
const PastePanel = lazy(() => import('./paste-panel').then((module) => ({ default: module.PastePanel })))
const CollectorPanel = lazy(() => import('./collector-panel').then((module) => ({ default: module.CollectorPanel })))

const useStyles = makeStyles({
  count: { color: tokens.colorNeutralForeground2 },
})

type WayIn = 'paste' | 'collector'

/** The ways in, the conflicts and the inputs list (above the form). */
export function DetailsInputs() {
  const styles = useStyles()
  const [shown, setShown] = useState<WayIn | undefined>(undefined)
  const inputCount = useWizardStore((state) => state.inputs.length)
  const toggle = (way: WayIn) => setShown(shown === way ? undefined : way)
  return (
    <>
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
    </>
  )
}

/** "About this assessment" (below the form). */
export function AboutCard() {
  return (
    <SectionCard title="About this assessment" dataSection="about">
      <AssessmentAbout />
    </SectionCard>
  )
}
