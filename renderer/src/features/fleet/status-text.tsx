/**
 * A status as icon plus word, coloured, for the fleet's dense tables: lighter than a badge, so a
 * thousand rows stay quick to draw, and readable without colour.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { CLOUD_SYNC_FIT_WORDS } from '~renderer/components/cloud-sync-fit'
import { ADVICE_ICON, STATE_PRESENTATION } from '~renderer/components/status-presentation'
import type { StepState } from '~renderer/store/selectors'

const useStyles = makeStyles({
  text: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  danger: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  success: { color: tokens.colorStatusSuccessForeground1 },
  informative: { color: tokens.colorNeutralForeground2 },
  brand: { color: tokens.colorBrandForeground1 },
  subtle: { color: tokens.colorNeutralForeground3 },
  strong: { fontWeight: tokens.fontWeightSemibold },
})

type Tone = 'danger' | 'warning' | 'success' | 'informative' | 'brand' | 'subtle'

function toneOf(state: StepState): Tone {
  const color = STATE_PRESENTATION[state].color
  return color === 'danger' || color === 'warning' || color === 'success' || color === 'informative' || color === 'brand' ? color : 'subtle'
}

/** Props of {@link StatusText}. */
export interface StatusTextProps {
  readonly state: StepState
  /** Bold, for the verdict. */
  readonly isStrong?: boolean
}

/** The state's icon and word. */
export function StatusText({ state, isStrong = false }: StatusTextProps) {
  const styles = useStyles()
  const { label, Icon } = STATE_PRESENTATION[state]
  return (
    <span className={mergeClasses(styles.text, styles[toneOf(state)], isStrong && styles.strong)} data-state={state}>
      <Icon aria-hidden />
      {label}
    </span>
  )
}

/**
 * The Cloud Sync column: advice, not a check of the server, so it reads as what it means ("Stay
 * on Connect Sync") in a neutral colour rather than as a red failure on a server that is ready.
 */
export function CloudSyncFitText({ state }: { readonly state: StepState }) {
  const styles = useStyles()
  const words = CLOUD_SYNC_FIT_WORDS[state]
  if (words === undefined) {
    return <StatusText state={state} />
  }
  return (
    <span className={mergeClasses(styles.text, styles.informative)} data-state={state}>
      <ADVICE_ICON aria-hidden />
      {words}
    </span>
  )
}

