/**
 * The glossary: every term in one line with a Microsoft Learn article, in a panel beside the
 * wizard that stays open (and usable) while a step is read.
 */
import { Button, Link, makeStyles, tokens } from '@fluentui/react-components'
import { BookInformation20Regular, Open16Regular } from '@fluentui/react-icons'
import { useRef, useState, type MouseEvent } from 'react'
import { GLOSSARY } from '../../../../shared/glossary'
import { NativeDialog } from '../../components/native-dialog'
import { useWizardStore } from '../../store/context'

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

/** The header's Glossary button and the panel it opens. */
export function GlossaryPanel() {
  const styles = useStyles()
  const [isOpen, setIsOpen] = useState(false)
  const trigger = useRef<HTMLButtonElement>(null)
  const openLink = useWizardStore((state) => state.openLink)
  const open = (url: string) => (event: MouseEvent) => {
    event.preventDefault()
    void openLink(url)
  }
  const close = () => {
    setIsOpen(false)
    trigger.current?.focus()
  }
  return (
    <>
      <Button ref={trigger} icon={<BookInformation20Regular />} aria-expanded={isOpen} onClick={() => (isOpen ? close() : setIsOpen(true))}>
        Glossary
      </Button>
      <NativeDialog isOpen={isOpen} onClose={close} title="Glossary" isModal={false} className={styles.panel} closeLabel="Close the glossary">
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
    </>
  )
}
