/**
 * The wizard's step list: every step with its state; click, Tab/Enter or the arrow keys move.
 * On a narrow window (or at 200% zoom) it collapses to the numbers and a status icon each; the
 * titles and states are still read out, and the title shows on hover.
 */
import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import type { KeyboardEvent } from 'react'
import type { StepState } from '../store/selectors'
import type { WizardStep } from '../store/steps'
import { StatusBadge } from './status-badge'
import { ADVICE_ICON, STATE_PRESENTATION } from './status-presentation'

// The same rules as VisuallyHidden's, here because they also apply inside a media query. A copy, not an
// import: the build-time style resolution (Griffel AOT) evaluates makeStyles with Babel without TypeScript,
// so a constant imported from one of our .ts/.tsx modules fails the build.
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const

/** One entry of the list. */
export interface StepNavItem {
  readonly id: WizardStep
  readonly title: string
  readonly state: StepState
  /** Words for a step whose state is advice, not a check (Cloud Sync). */
  readonly advice?: string
}

/** Props of {@link StepNav}. */
export interface StepNavProps {
  readonly items: readonly StepNavItem[]
  readonly current: WizardStep
  readonly onSelect: (step: WizardStep) => void
}

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalXXS },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    textAlign: 'start',
    cursor: 'pointer',
    // Collapsed (the same width as the app's narrow layout in app.tsx): number and status icon.
    '@media (max-width: 1100px)': { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`, columnGap: tokens.spacingHorizontalXS },
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ...createFocusOutlineStyle(),
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
  number: {
    gridRow: 'span 2',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '24px',
    height: '24px',
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
  },
  badge: { justifySelf: 'start', '@media (max-width: 1100px)': { display: 'none' } },
  title: { '@media (max-width: 1100px)': VISUALLY_HIDDEN },
  narrowState: { display: 'none', '@media (max-width: 1100px)': { display: 'inline-flex', color: tokens.colorNeutralForeground2 } },
  hidden: VISUALLY_HIDDEN,
})

const KEY_MOVES: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, count) => count - 1,
}

/**
 * Moves focus between the step buttons with the arrow keys, Home and End.
 *
 * Hand-made rather than Tabster's arrow-navigation group: Tabster's focusable, aria-hidden
 * "dummy" elements fail axe's aria-hidden-focus rule. Every button stays in the Tab order too.
 */
function moveFocus(event: KeyboardEvent<HTMLOListElement>) {
  const move = KEY_MOVES[event.key]
  if (move === undefined) {
    return
  }
  const buttons = Array.from(event.currentTarget.querySelectorAll('button'))
  const index = buttons.findIndex((button) => button === document.activeElement)
  if (index === -1) {
    return
  }
  event.preventDefault()
  buttons[move(index, buttons.length)]?.focus()
}

/** The state as an icon, with its word for screen readers, shown only where the list is collapsed. */
function NarrowState({ state, advice, className, hiddenClassName }: { readonly state: StepState; readonly advice: string | undefined; readonly className: string; readonly hiddenClassName: string }) {
  const { Icon: StateIcon, label } = STATE_PRESENTATION[state]
  const Icon = advice === undefined ? StateIcon : ADVICE_ICON
  return (
    <span className={className}>
      <Icon aria-hidden />
      <span className={hiddenClassName}>{advice ?? label}</span>
    </span>
  )
}

/** An ordered list of step buttons; the current one carries `aria-current="step"`. */
export function StepNav({ items, current, onSelect }: StepNavProps) {
  const styles = useStyles()
  return (
    <ol className={styles.list} onKeyDown={moveFocus}>
      {items.map((item, index) => (
        <li key={item.id}>
          <button
            type="button"
            className={mergeClasses(styles.item, item.id === current && styles.current)}
            aria-current={item.id === current ? 'step' : undefined}
            onClick={() => onSelect(item.id)}
            title={item.title}
          >
            <span className={styles.number} aria-hidden>
              {index + 1}
            </span>
            <span className={styles.title}>{item.title}</span>
            <span className={styles.badge}>
              <StatusBadge state={item.state} {...(item.advice === undefined ? {} : { advice: item.advice })} />
            </span>
            <NarrowState state={item.state} advice={item.advice} className={styles.narrowState} hiddenClassName={styles.hidden} />
          </button>
        </li>
      ))}
    </ol>
  )
}
