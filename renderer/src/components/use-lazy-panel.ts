/**
 * The state of a panel whose contents are a lazy chunk: shown or not, and whether it has been
 * shown at all (mounted on the first open, kept mounted after, so its own state survives closing).
 */
import { useState } from 'react'

/** What {@link useLazyPanel} gives. */
export interface LazyPanel {
  readonly isOpen: boolean
  /** True from the first open on: render the lazy panel from then. */
  readonly isMounted: boolean
  readonly open: () => void
  readonly close: () => void
}

/** Never opened, open, or closed after being opened. */
type PanelState = 'never' | 'open' | 'closed'

/** A lazily loaded panel's open state. */
export function useLazyPanel(): LazyPanel {
  const [state, setState] = useState<PanelState>('never')
  return {
    isOpen: state === 'open',
    isMounted: state !== 'never',
    open: () => setState('open'),
    close: () => setState((now) => (now === 'never' ? now : 'closed')),
  }
}
