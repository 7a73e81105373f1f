/**
 * The header's workspace switch: the walk of one server, the fleet of saved assessments, or the
 * comparison of two runs.
 *
 * Plain buttons marked `aria-current` rather than Fluent's TabList, whose focus-trap helpers
 * (aria-hidden focusable elements) fail axe.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { useWizardStore } from '~renderer/store/context'
import { APP_VIEWS, type AppView } from '~renderer/store/view-slice'

const VIEW_LABELS: Readonly<Record<AppView, string>> = { walk: 'Walk', fleet: 'Fleet', compare: 'Compare runs' }

const useStyles = makeStyles({
  list: { display: 'flex', columnGap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: 'none' },
  current: {
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`,
    borderBottomLeftRadius: 0,
    borderBottomRightRadius: 0,
    // Forced colors draw every button's border alike: the current one keeps a thick Highlight edge.
    '@media (forced-colors: active)': { borderBottomColor: 'Highlight', borderBottomWidth: tokens.strokeWidthThickest },
  },
})

/** A button for each workspace; the shown one is marked current. */
export function ViewSwitcher() {
  const styles = useStyles()
  const view = useWizardStore((state) => state.view)
  const showView = useWizardStore((state) => state.showView)
  return (
    <nav aria-label="Workspace">
      <ul className={styles.list}>
        {APP_VIEWS.map((value) => (
          <li key={value}>
            <Button
              appearance="subtle"
              className={value === view ? styles.current : undefined}
              aria-current={value === view ? 'page' : undefined}
              onClick={() => showView(value)}
            >
              {VIEW_LABELS[value]}
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
