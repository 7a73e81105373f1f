/**
 * One checklist item: a checkbox with the action, its detail and its PowerShell.
 */
import { Badge, Checkbox, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components'
import type { PlanItem } from '~shared/plan/action-plan'
import { CodeBlock } from '~renderer/components/code-block'

/** Props of {@link ChecklistItem}. */
export interface ChecklistItemProps {
  readonly item: PlanItem
  readonly isTicked: boolean
  /** The first item not yet ticked: marked "First" (the checklist says its title nowhere else). */
  readonly isFirst: boolean
  readonly onTick: (itemId: string, isTicked: boolean) => void
  readonly onCopy: (text: string) => Promise<boolean>
}

const useStyles = makeStyles({
  item: { display: 'grid', rowGap: tokens.spacingVerticalXXS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  label: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  done: { color: tokens.colorNeutralForeground2, textDecorationLine: 'line-through' },
  body: { display: 'grid', rowGap: tokens.spacingVerticalXS, paddingInlineStart: '32px' },
  detail: { margin: 0, maxWidth: '80ch', color: tokens.colorNeutralForeground2 },
})

/** The item, ticked or not. */
export function ChecklistItem({ item, isTicked, isFirst, onTick, onCopy }: ChecklistItemProps) {
  const styles = useStyles()
  const detailId = useId('checklist-detail')
  return (
    <li className={styles.item} data-item={item.id} data-first={isFirst ? 'true' : undefined}>
      <div className={styles.row}>
        <Checkbox
          checked={isTicked}
          onChange={(_event, data) => onTick(item.id, data.checked === true)}
          aria-describedby={detailId}
          label={<span className={mergeClasses(styles.label, isTicked && styles.done)}>{item.title}</span>}
        />
        {isFirst ? (
          <Badge appearance="filled" color="brand" data-testid="checklist-first">
            First
          </Badge>
        ) : null}
      </div>
      <div className={styles.body}>
        <p id={detailId} className={styles.detail}>
          {item.detail}
        </p>
        {item.powershell === undefined ? null : <CodeBlock code={item.powershell} what={`PowerShell for "${item.title}"`} onCopy={onCopy} />}
      </div>
    </li>
  )
}
