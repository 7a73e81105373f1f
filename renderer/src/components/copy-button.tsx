/**
 * A button that copies text to the clipboard and says whether it worked.
 */
import { Button } from '@fluentui/react-components'
import { Checkmark16Regular, Copy16Regular } from '@fluentui/react-icons'
import { useState } from 'react'

/** Props of {@link CopyButton}. */
export interface CopyButtonProps {
  readonly text: string
  /** What is copied, for the accessible name ("Copy PowerShell"). */
  readonly what: string
  /** Puts the text on the clipboard (through main); resolves to whether it worked. */
  readonly onCopy: (text: string) => Promise<boolean>
}

type CopyState = 'idle' | 'copied' | 'failed'

const LABELS: Readonly<Record<CopyState, string>> = { idle: 'Copy', copied: 'Copied', failed: 'Copy failed' }

/** Copies `text` through `onCopy`; the label changes to "Copied" (announced politely). */
export function CopyButton({ text, what, onCopy }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle')
  const copy = () => {
    onCopy(text).then(
      (isCopied) => setState(isCopied ? 'copied' : 'failed'),
      () => setState('failed'),
    )
  }
  return (
    <Button
      size="small"
      appearance="secondary"
      icon={state === 'copied' ? <Checkmark16Regular /> : <Copy16Regular />}
      onClick={copy}
      aria-label={`${LABELS[state]}: ${what}`}
    >
      <span aria-live="polite">{LABELS[state]}</span>
    </Button>
  )
}
