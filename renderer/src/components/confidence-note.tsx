/**
 * Says plainly when a finding rests on less than a documented statement, and shows the caveat.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import type { Confidence } from '~shared/rules/types'

/** Props of {@link ConfidenceNote}. */
export interface ConfidenceNoteProps {
  readonly confidence: Confidence
  readonly caveat: string | undefined
}

const UNCONFIRMED_DEFAULTS: Readonly<Record<Exclude<Confidence, 'documented'>, string>> = {
  derived: 'Worked out from documented facts; no source states it directly.',
  uncertain: 'The sources disagree, or this is announced but not yet confirmed.',
}

/** A warning "Unconfirmed" bar unless the confidence is `documented`; a documented caveat is a plain note. */
export function ConfidenceNote({ confidence, caveat }: ConfidenceNoteProps) {
  if (confidence === 'documented') {
    return caveat === undefined ? null : (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Note</MessageBarTitle>
          {caveat}
        </MessageBarBody>
      </MessageBar>
    )
  }
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Unconfirmed</MessageBarTitle>
        {caveat ?? UNCONFIRMED_DEFAULTS[confidence]}
      </MessageBarBody>
    </MessageBar>
  )
}
