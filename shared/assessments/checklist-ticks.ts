/**
 * Checklist ticks as a saved assessment keeps them: `checklist:<item>` → true in its answers. The
 * wizard writes and reads them; reports read them. No zod, so the renderer's first screen can use it.
 */

/** The answer-key prefix of a ticked checklist item (`checklist:backup-taken` → true). */
export const CHECKLIST_ANSWER_PREFIX = 'checklist:'

/** The ticks held in a saved assessment's answers; anything but `true` is not a tick. */
export function ticksFromAnswers(answers: Readonly<Record<string, unknown>>): Record<string, boolean> {
  const ticks: Record<string, boolean> = {}
  for (const [key, value] of Object.entries(answers)) {
    if (key.startsWith(CHECKLIST_ANSWER_PREFIX) && value === true) {
      ticks[key.slice(CHECKLIST_ANSWER_PREFIX.length)] = true
    }
  }
  return ticks
}
