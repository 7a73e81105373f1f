/**
 * What the guide shows above the current step: the role chooser at first, the practice brief
 * while a scenario is loaded.
 */
import { PracticeBrief } from './practice-brief'
import { RoleWelcome } from './role-welcome'

/** The guide's messages, above the step. */
export function GuideMessages() {
  return (
    <>
      <RoleWelcome />
      <PracticeBrief />
    </>
  )
}
