/**
 * Where files are dropped (anywhere on the step works) and opened: the renderer reads a dropped
 * file itself, so no path ever crosses to main; Open asks main's own dialog.
 */
import { Button, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components'
import { ArrowUpload24Regular, FolderOpen20Regular } from '@fluentui/react-icons'
import { createContext, useContext, useState, type DragEvent, type ReactNode } from 'react'
import { useWizardStore } from '~renderer/store/context'

const useStyles = makeStyles({
  target: { display: 'grid', rowGap: tokens.spacingVerticalL, alignContent: 'start' },
  zone: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  active: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  text: { margin: 0, flexGrow: 1, minWidth: '20ch' },
})

/** True while files are dragged over the step. */
const DraggingContext = createContext(false)

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files')
}

/** Makes its children a drop target for input files, one import per file in drop order. */
export function FileDropTarget({ children }: { readonly children: ReactNode }) {
  const styles = useStyles()
  const dropFile = useWizardStore((state) => state.dropFile)
  const [isDragging, setDragging] = useState(false)
  const onDrop = async (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    for (const file of Array.from(event.dataTransfer.files)) {
      await dropFile(file)
    }
  }
  return (
    <div
      className={styles.target}
      data-drop-target="install-details"
      onDragOver={(event) => {
        if (hasFiles(event)) {
          event.preventDefault()
          event.dataTransfer.dropEffect = 'copy'
          setDragging(true)
        }
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
          setDragging(false)
        }
      }}
      onDrop={(event) => void onDrop(event)}
    >
      <DraggingContext.Provider value={isDragging}>{children}</DraggingContext.Provider>
    </div>
  )
}

/** The visible drop area with the Open button, and `actions` after it (the other ways in). */
export function DropZone({ actions }: { readonly actions?: ReactNode }) {
  const styles = useStyles()
  const isActive = useContext(DraggingContext)
  const isOpening = useWizardStore((state) => state.isOpeningFile)
  const openFile = useWizardStore((state) => state.openFile)
  const openFolder = useWizardStore((state) => state.openFolder)
  return (
    <div className={mergeClasses(styles.zone, isActive && styles.active)} data-drop-zone>
      <ArrowUpload24Regular aria-hidden />
      <p className={styles.text}>
        {isActive ? 'Drop to load the files.' : 'Drop the collector’s file or saved command output here.'}
      </p>
      <Button appearance="primary" icon={<FolderOpen20Regular />} disabled={isOpening} onClick={() => void openFile()}>
        Open install-details file…
      </Button>
      <Button icon={<FolderOpen20Regular />} disabled={isOpening} onClick={() => void openFolder()}>
        Open server-configuration folder…
      </Button>
      {actions}
    </div>
  )
}
