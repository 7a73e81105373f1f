/**
 * The header: the app's title, then (drawn after the first frame, `header-tools.tsx`) the view
 * switcher, the save status and saved assessments, the as-of date every check uses, and the rule
 * pack in use (its indicator).
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { HeaderTools } from './header-tools'

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    '@media print': { display: 'none' },
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
})

/** The app header: its title and tools. */
export function AppHeader() {
  const styles = useStyles()
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>Entra Connect upgrade readiness</h1>
      <HeaderTools />
    </header>
  )
}
