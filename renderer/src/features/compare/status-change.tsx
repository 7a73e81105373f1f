/**
 * One rule's status then and now: two status badges (icon and word) with an arrow between, read
 * aloud as "then Fail, now Pass".
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { ArrowRight16Regular } from '@fluentui/react-icons'
import type { Status, Verdict } from '~shared/rules/types'
import { StatusBadge } from '~renderer/components/status-badge'
import { VisuallyHidden } from '~renderer/components/visually-hidden'

const useStyles = makeStyles({
  change: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXXS },
  missing: { fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
})

/** A status, or "Not checked" for a rule the run does not have. */
function RunStatus({ status }: { readonly status: Status | Verdict | null }) {
  const styles = useStyles()
  return status === null ? <span className={styles.missing}>Not checked</span> : <StatusBadge state={status} />
}

/** `before` → `after`. */
export function StatusChange({ before, after }: { readonly before: Status | Verdict | null; readonly after: Status | Verdict | null }) {
  const styles = useStyles()
  return (
    <div className={styles.change}>
      <VisuallyHidden>Then</VisuallyHidden>
      <RunStatus status={before} />
      <ArrowRight16Regular aria-hidden />
      <VisuallyHidden>, now</VisuallyHidden>
      <RunStatus status={after} />
    </div>
  )
}
