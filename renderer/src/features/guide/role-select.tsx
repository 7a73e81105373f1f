/**
 * "I am": changing the role from the header at any time.
 */
import { Label, makeStyles, Select, tokens, useId } from '@fluentui/react-components'
import { ROLE_LABELS, ROLES, type Role } from '~renderer/store/guide-slice'
import { useWizardStore } from '~renderer/store/context'

const useStyles = makeStyles({ field: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS } })

const NOT_CHOSEN = 'not-chosen'

/** The role select. */
export function RoleSelect() {
  const styles = useStyles()
  const selectId = useId('role')
  const role = useWizardStore((state) => state.role)
  const setRole = useWizardStore((state) => state.setRole)
  return (
    <div className={styles.field}>
      <Label htmlFor={selectId} weight="semibold">
        I am
      </Label>
      <Select
        id={selectId}
        value={role ?? NOT_CHOSEN}
        onChange={(_event, data) => {
          if ((ROLES as readonly string[]).includes(data.value)) {
            setRole(data.value as Role)
          }
        }}
      >
        {role === undefined ? <option value={NOT_CHOSEN}>Not chosen yet</option> : null}
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {ROLE_LABELS[option].label}
          </option>
        ))}
      </Select>
    </div>
  )
}
