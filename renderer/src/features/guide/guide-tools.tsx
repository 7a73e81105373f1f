/**
 * The header's guide controls: the role, the glossary and the practice scenarios.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { GlossaryPanel } from './glossary-panel'
import { PracticeDialog } from './practice-dialog'
import { RoleSelect } from './role-select'

const useStyles = makeStyles({ tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS } })

/** Role, Glossary and Practice, side by side. */
export function GuideTools() {
  const styles = useStyles()
  return (
    <div className={styles.tools}>
      <RoleSelect />
      <GlossaryPanel />
      <PracticeDialog />
    </div>
  )
}
