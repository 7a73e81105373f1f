/**
 * The glossary's panel: every term in one line with a Microsoft Learn article, beside the wizard
 * and usable while a step is read. Its own chunk, loaded when the Glossary button is first pressed.
 */
import { Link, makeStyles, tokens } from '@fluentui/react-components'
import { Open16Regular } from '@fluentui/react-icons'
import type { MouseEvent } from 'react'
import { GLOSSARY } from '~shared/glossary'
import { NativeDialog } from '~renderer/components/native-dialog'
import { useWizardStore } from '~renderer/store/context'

const useStyles = makeStyles({
  panel: {
    position: 'fixed',
    top: '96px',
    bottom: tokens.spacingVerticalL,
    insetInlineEnd: tokens.spacingHorizontalL,
    insetInlineStart: 'auto',
    width: 'min(420px, calc(100vw - 32px))',
    maxHeight: 'calc(100vh - 112px)',
    margin: 0,
    zIndex: 100,
  },
  list: { margin: 0, display: 'grid', rowGap: tokens.spacingVerticalL },
  term: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  aka: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  definition: { margin: 0, display: 'grid', rowGap: tokens.spacingVerticalXXS, justifyItems: 'start' },
  icon: { verticalAlign: 'middle', marginInlineStart: tokens.spacingHorizontalXXS },
})

/** Props of {@link GlossaryDialog}. */
export interface GlossaryDialogProps {
  readonly isOpen: boolean
  readonly onClose: () => void
}

/** The glossary in a non-modal panel. */
export function GlossaryDialog({ isOpen, onClose }: GlossaryDialogProps) {
  const styles = useStyles()
  const openLink = useWizardStore((state) => state.openLink)
  const open = (url: string) => (event: MouseEvent) => {
    event.preventDefault()
    void openLink(url)
  }
  return (
    <NativeDialog isOpen={isOpen} onClose={onClose} title="Glossary" isModal={false} className={styles.panel} closeLabel="Close the glossary">
      <dl className={styles.list}>
        {GLOSSARY.map((entry) => (
          <div key={entry.id} data-term={entry.id}>
            <dt className={styles.term}>
              {entry.term}
              {entry.alsoKnownAs === undefined ? null : <span className={styles.aka}> ({entry.alsoKnownAs})</span>}
            </dt>
            <dd className={styles.definition}>
              <span>{entry.definition}</span>
              <Link href={entry.learnUrl} onClick={open(entry.learnUrl)}>
                Learn more about {entry.term}
                <Open16Regular className={styles.icon} aria-label="(opens in your browser)" />
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </NativeDialog>
  )
}
