/**
 * The Assessments panel: the saved assessments (open, compare, rename, duplicate, delete), export
 * of the selected ones and import of a bundle, and the files that could not be read.
 *
 * Its own chunk, loaded when the header's Assessments button is first pressed.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { NativeDialog } from '~renderer/components/native-dialog'
import { useWizardStore } from '~renderer/store/context'
import { AssessmentRow, type AssessmentRowActions } from './assessment-row'

const useStyles = makeStyles({
  dialog: { width: 'min(1100px, calc(100vw - 48px))', maxHeight: 'calc(100vh - 48px)' },
  tools: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, marginBlockEnd: tokens.spacingVerticalM },
  table: { width: '100%', borderCollapse: 'collapse' },
  head: { textAlign: 'start', padding: tokens.spacingHorizontalS, borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  subtitle: { fontSize: tokens.fontSizeBase400, marginBlockEnd: tokens.spacingVerticalS },
})

/** Props of {@link AssessmentsPanel}. */
export interface AssessmentsPanelProps {
  readonly isOpen: boolean
  readonly onClose: () => void
}

/** The saved assessments in a modal dialog. */
export function AssessmentsPanel({ isOpen, onClose }: AssessmentsPanelProps) {
  const styles = useStyles()
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const list = useWizardStore((state) => state.assessmentList)
  const message = useWizardStore((state) => state.listMessage)
  const currentId = useWizardStore((state) => state.assessment.id)
  const store = {
    openInWalk: useWizardStore((state) => state.openInWalk),
    compareAssessment: useWizardStore((state) => state.compareAssessment),
    renameAssessment: useWizardStore((state) => state.renameAssessment),
    duplicateAssessment: useWizardStore((state) => state.duplicateAssessment),
    deleteAssessment: useWizardStore((state) => state.deleteAssessment),
    exportAssessments: useWizardStore((state) => state.exportAssessments),
    importAssessments: useWizardStore((state) => state.importAssessments),
  }
  const actions: AssessmentRowActions = {
    onOpen: (id) => {
      onClose()
      // From the fleet or compare workspace too: the opened assessment is shown in the walk.
      void store.openInWalk(id)
    },
    onCompare: (id) => {
      onClose()
      void store.compareAssessment(id)
    },
    onRename: (id, name) => void store.renameAssessment(id, name),
    onDuplicate: (id) => void store.duplicateAssessment(id),
    onDelete: (id) => void store.deleteAssessment(id),
    onSelect: (id, isSelected) => {
      const next = new Set(selected)
      if (isSelected) {
        next.add(id)
      } else {
        next.delete(id)
      }
      setSelected(next)
    },
  }
  const entries = list?.entries ?? []
  const chosen = entries.filter((entry) => selected.has(entry.id)).map((entry) => entry.id)
  return (
    <NativeDialog isOpen={isOpen} onClose={onClose} title="Saved assessments" isModal className={styles.dialog} closeLabel="Close the assessments">
      <div className={styles.tools}>
        <Button disabled={chosen.length === 0} onClick={() => void store.exportAssessments(chosen)}>
          Export selected…
        </Button>
        <Button onClick={() => void store.importAssessments()}>Import a bundle…</Button>
      </div>
      {message === undefined ? null : (
        <MessageBar intent={message.intent} role="status">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {list === undefined ? (
        <p>Reading the saved assessments…</p>
      ) : entries.length === 0 ? (
        <p>No saved assessments yet. Your work is saved as soon as you enter something.</p>
      ) : (
        <table className={styles.table} aria-label="Saved assessments">
          <thead>
            <tr>
              {['Select', 'Customer', 'Server', 'Version', 'Verdict', 'Saved', 'Actions'].map((title) => (
                <th key={title} scope="col" className={styles.head}>
                  {title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <AssessmentRow key={`${entry.id}-${entry.name}`} entry={entry} isSelected={selected.has(entry.id)} isCurrent={entry.id === currentId} actions={actions} />
            ))}
          </tbody>
        </table>
      )}
      {list === undefined || list.problems.length === 0 ? null : (
        <section aria-label="Files that could not be read">
          <h3 className={styles.subtitle}>Files that could not be read</h3>
          <p>These files are left exactly as they are.</p>
          <ul>
            {list.problems.map((problem) => (
              <li key={problem.fileName}>
                <strong>{problem.fileName}</strong>: {problem.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </NativeDialog>
  )
}
