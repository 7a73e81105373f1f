/**
 * The first screen: who is using the wizard. Shown above the steps until a role is chosen; the
 * role can be changed later from the header.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { Briefcase24Regular, HatGraduation24Regular, Server24Regular } from '@fluentui/react-icons'
import { ROLE_LABELS, ROLES, type Role } from '~renderer/store/guide-slice'
import { useWizardStore } from '~renderer/store/context'

const ICONS: Readonly<Record<Role, typeof Server24Regular>> = {
  admin: Server24Regular,
  consultant: Briefcase24Regular,
  trainee: HatGraduation24Regular,
}

// Compact: one line of three buttons, so the install details (and the headline) stay in view on
// small windows; the descriptions show only where there is room for them.
const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorBrandBackground2,
    '@media print': { display: 'none' },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, flexBasis: '100%', color: tokens.colorNeutralForeground2, '@media (max-width: 1100px), (max-height: 720px)': { display: 'none' } },
  choices: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  choice: { display: 'grid', justifyItems: 'start', textAlign: 'start' },
  label: { fontWeight: tokens.fontWeightSemibold },
  description: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    '@media (max-width: 1400px), (max-height: 720px)': { display: 'none' },
  },
})

/** Moves focus to the current step's heading, so keyboard users continue where the content is. */
function focusStepHeading() {
  document.querySelector<HTMLElement>('main h2[tabindex="-1"]')?.focus()
}

/** The role chooser; renders nothing once a role is chosen. */
export function RoleWelcome() {
  const styles = useStyles()
  const role = useWizardStore((state) => state.role)
  const setRole = useWizardStore((state) => state.setRole)
  if (role !== undefined) {
    return null
  }
  const choose = (chosen: Role) => {
    setRole(chosen)
    requestAnimationFrame(focusStepHeading)
  }
  return (
    <section className={styles.panel} aria-labelledby="role-welcome-title">
      <h2 id="role-welcome-title" className={styles.heading}>
        Welcome: who is using the wizard?
      </h2>
      <p className={styles.text}>The checks are the same for everyone; trainees also get explanations, a glossary and practice scenarios. Change it later from &quot;I am&quot; in the header.</p>
      <div className={styles.choices}>
        {ROLES.map((option) => {
          const Icon = ICONS[option]
          return (
            <Button key={option} className={styles.choice} icon={<Icon />} onClick={() => choose(option)}>
              <span className={styles.label}>{ROLE_LABELS[option].label}</span>
              <span className={styles.description}>{ROLE_LABELS[option].description}</span>
            </Button>
          )
        })}
      </div>
    </section>
  )
}
