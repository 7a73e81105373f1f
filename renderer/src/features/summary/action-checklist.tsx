/**
 * The action plan as a checklist the admin ticks off while upgrading: before, during and after,
 * with by when, and the first item not yet ticked marked "First" in place (its title is said once).
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { Print20Regular } from '@fluentui/react-icons'
import { firstUntickedItem, PLAN_PHASE_TITLES as PHASE_TITLES } from '~shared/plan/action-plan'
import { SectionCard } from '~renderer/components/section-card'
import { useWizardStore } from '~renderer/store/context'
import { selectActionPlan, selectChecklistProgress } from '~renderer/store/plan-selectors'
import { ChecklistItem } from './checklist-item'

const useStyles = makeStyles({
  first: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  phase: { display: 'grid', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalM },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, '@media print': { display: 'none' } },
  progress: { color: tokens.colorNeutralForeground2 },
})

/** The checklist card of the summary step. */
export function ActionChecklist() {
  const styles = useStyles()
  const plan = useWizardStore(selectActionPlan)
  const progress = useWizardStore(selectChecklistProgress)
  const ticks = useWizardStore((state) => state.ticks)
  const setTick = useWizardStore((state) => state.setTick)
  const copyText = useWizardStore((state) => state.copyText)
  if (plan === undefined) {
    return null
  }
  const first = firstUntickedItem(plan, ticks)
  return (
    <SectionCard
      title="Upgrade checklist"
      isProminent
      dataSection="checklist"
      aside={
        <span className={styles.progress} role="status">
          {progress.done} of {progress.total} done
        </span>
      }
    >
      <p className={styles.first} data-testid="checklist-due">
        {first === undefined ? 'Everything on the checklist is done.' : `${plan.due.text}. Start with the item marked First.`}
      </p>
      <div className={styles.tools}>
        <Button icon={<Print20Regular />} onClick={() => window.print()}>
          Print the summary and checklist
        </Button>
      </div>
      {plan.phases.map((phase) => {
        const items = plan.items.filter((item) => item.phase === phase)
        return items.length === 0 ? null : (
          <div key={phase} className={styles.phase}>
            <h4 className={styles.heading}>{PHASE_TITLES[phase]}</h4>
            <ul className={styles.list} aria-label={PHASE_TITLES[phase]}>
              {items.map((item) => (
                <ChecklistItem
                  key={item.id}
                  item={item}
                  isTicked={ticks[item.id] === true}
                  isFirst={item.id === first?.id}
                  onTick={setTick}
                  onCopy={copyText}
                />
              ))}
            </ul>
          </div>
        )
      })}
    </SectionCard>
  )
}
