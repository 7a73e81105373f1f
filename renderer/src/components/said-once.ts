/**
 * Each sentence once on a screen: a finding's message may open with the sentence its card's
 * headline already says, and a step's headline names its first finding's headline. These helpers
 * drop what the screen has already said, so the reader meets each sentence once.
 */

/** The sentences of `text`: split after `.`, `!` or `?` followed by a space. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '')
}

/** How two sentences are compared: case, surrounding space and a closing full stop do not count. */
function sameSentenceKey(sentence: string): string {
  return sentence.trim().replace(/[.]+$/, '').replace(/\s+/g, ' ').toLowerCase()
}

/** True when `sentence` is among the sentences of any of `said`. */
export function isAlreadySaid(sentence: string, said: readonly string[]): boolean {
  const key = sameSentenceKey(sentence)
  return said.some((text) => sameSentenceKey(text) === key || sentencesOf(text).some((part) => sameSentenceKey(part) === key))
}

/** `text` without the sentences already said; '' when nothing new is left. */
export function withoutSaid(text: string, said: readonly string[]): string {
  return sentencesOf(text)
    .filter((sentence) => !isAlreadySaid(sentence, said))
    .join(' ')
}
