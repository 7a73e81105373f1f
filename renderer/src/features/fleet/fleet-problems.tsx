/**
 * The saved assessments (or files in their folder) the fleet could not show, each named with why.
 */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components'
import type { FleetProblem } from '~renderer/store/fleet-slice'

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
})

/** A warning bar listing the problems; nothing when there are none. */
export function FleetProblems({ problems }: { readonly problems: readonly FleetProblem[] }) {
  const styles = useStyles()
  if (problems.length === 0) {
    return null
  }
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{problems.length === 1 ? 'One saved assessment is not shown' : `${problems.length} saved assessments are not shown`}</MessageBarTitle>
        <ul className={styles.list}>
          {problems.map((problem, index) => (
            <li key={`${problem.name}-${index}`}>{problem.message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  )
}
