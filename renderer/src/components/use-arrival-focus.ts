/**
 * Focus for a workspace's heading when the workspace is shown after a switch: the control that
 * switched (a header button, or "Open walk" in a table that is now gone) must not leave the
 * keyboard and screen-reader user on the page's body.
 */
import { useEffect, useRef } from 'react'
import { useWizardStore } from '../store/context'

/** A ref for the heading; it is focused on mount when the workspace has changed at least once. */
export function useArrivalFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  const switches = useWizardStore((state) => state.viewSwitches)
  const arrivedAfterSwitch = useRef(switches > 0)
  useEffect(() => {
    if (arrivedAfterSwitch.current) {
      ref.current?.focus()
    }
  }, [])
  return ref
}
