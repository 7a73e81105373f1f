/**
 * A dialog on the browser's own `<dialog>` element: `showModal()` makes the rest of the page inert
 * (the browser traps focus, Escape closes), `show()` opens a panel beside the page.
 *
 * Used instead of Fluent's Dialog and Drawer, whose focus trap adds focusable, aria-hidden
 * "dummy" elements that fail axe's aria-hidden-focus rule (the same reason step-nav.tsx avoids
 * Tabster's arrow-key group).
 */
import { Button, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components'
import { Dismiss24Regular } from '@fluentui/react-icons'
import { useEffect, useRef, type ReactNode } from 'react'

/** Props of {@link NativeDialog}. */
export interface NativeDialogProps {
  readonly isOpen: boolean
  /** Called when the user closes it (the close button, Escape). */
  readonly onClose: () => void
  readonly title: string
  /** Modal: the page behind is inert. Not modal: a panel the user can read beside the page. */
  readonly isModal: boolean
  readonly children: ReactNode
  readonly className?: string
  /** The close button's accessible name. */
  readonly closeLabel?: string
}

const useStyles = makeStyles({
  dialog: {
    boxSizing: 'border-box',
    padding: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow64,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    '::backdrop': { backgroundColor: 'rgba(0, 0, 0, 0.4)' },
  },
  inner: { display: 'grid', gridTemplateRows: 'auto minmax(0, 1fr)', maxHeight: 'inherit' },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  body: { overflowY: 'auto', padding: tokens.spacingHorizontalL },
})

/** The dialog; its content is rendered only while open. */
export function NativeDialog({ isOpen, onClose, title, isModal, children, className, closeLabel = 'Close' }: NativeDialogProps) {
  const styles = useStyles()
  const titleId = useId('dialog-title')
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog === null) {
      return
    }
    if (isOpen && !dialog.open) {
      if (isModal) {
        dialog.showModal()
      } else {
        dialog.show()
      }
    } else if (!isOpen && dialog.open) {
      dialog.close()
    }
  }, [isOpen, isModal])
  return (
    <dialog
      ref={ref}
      className={mergeClasses(styles.dialog, className)}
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={(event) => {
        // A modal dialog closes on Escape by itself; a panel shown with show() does not.
        if (event.key === 'Escape' && !isModal) {
          event.preventDefault()
          onClose()
        }
      }}
    >
      {isOpen ? (
        <div className={styles.inner}>
          <div className={styles.header}>
            <h2 id={titleId} className={styles.title}>
              {title}
            </h2>
            <Button appearance="subtle" aria-label={closeLabel} icon={<Dismiss24Regular />} onClick={onClose} />
          </div>
          <div className={styles.body}>{children}</div>
        </div>
      ) : null}
    </dialog>
  )
}
