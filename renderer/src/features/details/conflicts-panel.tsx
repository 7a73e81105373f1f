/**
 * Fields the inputs disagree on: every value side by side with its source, and a choice. Until
 * the user chooses, the later input wins and the conflict stays flagged; nothing is silently
 * overwritten.
 */
import { Badge, Button, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components'
import { Warning16Regular } from '@fluentui/react-icons'
import { evidenceLabel, formatEvidenceValue } from '~renderer/components/evidence-table'
import { SectionCard } from '~renderer/components/section-card'
import { useWizardStore } from '~renderer/store/context'
import type { ConflictView } from '~renderer/store/derive-details'

const useStyles = makeStyles({
  list: { display: 'grid', rowGap: tokens.spacingVerticalL, margin: 0, padding: 0, listStyle: 'none' },
  conflict: { display: 'grid', rowGap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  path: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  values: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 240px), 1fr))', gap: tokens.spacingHorizontalM },
  value: {
    display: 'grid',
    rowGap: tokens.spacingVerticalXS,
    alignContent: 'start',
    justifyItems: 'start',
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  inUse: { ...shorthands.borderColor(tokens.colorBrandStroke1), boxShadow: `inset 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorBrandStroke1}` },
  shown: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase400, overflowWrap: 'anywhere' },
  from: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  flag: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, margin: 0, color: tokens.colorPaletteDarkOrangeForeground1 },
})

const MAX_SHOWN_CHARS = 160

/** A value as shown side by side: a list says how many entries it has, and long text is cut. */
function shownValue(value: unknown): string {
  const text = formatEvidenceValue(value)
  const clipped = text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS - 1)}…` : text
  if (!Array.isArray(value)) {
    return clipped
  }
  return value.length === 0 ? 'an empty list' : `${value.length} ${value.length === 1 ? 'entry' : 'entries'}: ${clipped}`
}

function ConflictItem({ conflict }: { readonly conflict: ConflictView }) {
  const styles = useStyles()
  const choose = useWizardStore((state) => state.chooseConflictValue)
  const label = evidenceLabel(conflict.path)
  return (
    <li className={styles.conflict} data-conflict={conflict.path}>
      <h4 className={styles.title}>
        {label} <span className={styles.path}>{conflict.path}</span>
      </h4>
      {conflict.isChosen ? null : (
        <p className={styles.flag}>
          <Warning16Regular aria-hidden /> Not confirmed: the later input’s value is used until you choose one.
        </p>
      )}
      <div className={styles.values} role="group" aria-label={`Values for ${label}`}>
        {conflict.values.map((entry) => {
          const isInUse = entry.from === conflict.inUse
          const shown = shownValue(entry.value)
          return (
            <div key={entry.from} className={mergeClasses(styles.value, isInUse && styles.inUse)}>
              <span className={styles.shown}>{shown}</span>
              <span className={styles.from}>from {entry.from}</span>
              {isInUse ? (
                <Badge appearance="filled" color="brand" shape="rounded">
                  {conflict.isChosen ? 'In use: your choice' : 'In use: later input'}
                </Badge>
              ) : null}
              {isInUse && conflict.isChosen ? null : (
                <Button
                  size="small"
                  aria-label={`${isInUse ? 'Keep this value' : 'Use this value'} (${shown}, from ${entry.from}) for ${label}`}
                  onClick={() => choose(conflict.path, entry.from)}
                >
                  {isInUse ? 'Keep this value' : 'Use this value'}
                </Button>
              )}
            </div>
          )
        })}
      </div>
    </li>
  )
}

/** The conflicts card; nothing when the inputs agree. */
export function ConflictsPanel() {
  const styles = useStyles()
  const conflicts = useWizardStore((state) => state.conflicts)
  if (conflicts.length === 0) {
    return null
  }
  const open = conflicts.filter((conflict) => !conflict.isChosen).length
  return (
    <SectionCard
      title={conflicts.length === 1 ? 'The inputs disagree on 1 field' : `The inputs disagree on ${conflicts.length} fields`}
      dataSection="conflicts"
      aside={open === 0 ? <Badge appearance="tint" color="success">All chosen</Badge> : <Badge appearance="tint" color="warning">{open} not confirmed</Badge>}
    >
      <ul className={styles.list}>
        {conflicts.map((conflict) => (
          <ConflictItem key={conflict.path} conflict={conflict} />
        ))}
      </ul>
    </SectionCard>
  )
}
