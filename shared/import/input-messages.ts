/**
 * The size limit and the messages every way in gives for an input it cannot use: they name the
 * file (or "pasted text"), say what is wrong and what to do. Main's file reader and the renderer's
 * drop and paste use the same words.
 */
import { formatBytes } from './format-bytes'
import type { ProblemKind } from './parse-install-details'

/** Largest input read: a collector's document is a few KB, so 5 MiB is generous. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024

/** Advice for a JSON file that is not valid JSON. */
export const EXPORT_AGAIN = 'Export it again from the collector.'
/** Advice for a file that is not install details at all. */
export const CHOOSE_DETAILS = 'Choose the install-details JSON file that the collector wrote or this app saved.'

const MAX_MESSAGE_LENGTH = 2000

/** `<source>: <problem>. <advice>`, clipped to a length a message bar can show. */
export function describeInputProblem(sourceName: string, problem: string, advice: string): string {
  const message = `${sourceName}: ${problem}. ${advice}`
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message
}

/** The message for an input over the size limit, giving its size and the limit. */
export function describeTooLarge(sourceName: string, sizeBytes: number, maxBytes: number = MAX_INPUT_BYTES): string {
  return describeInputProblem(
    sourceName,
    `the file is ${formatBytes(sizeBytes)}, over the ${formatBytes(maxBytes)} limit for install details`,
    `${CHOOSE_DETAILS} (A collector's file is a few KB.)`,
  )
}

/** The problem and advice for an install-details document that parsed as JSON but is not valid. */
export function describeDocumentProblems(kind: ProblemKind, problems: readonly string[]): { problem: string; advice: string } {
  const first = problems[0] ?? 'the document is not valid'
  if (kind === 'json') {
    return { problem: first, advice: EXPORT_AGAIN }
  }
  if (kind === 'kind' || kind === 'too-deep') {
    return { problem: first, advice: CHOOSE_DETAILS }
  }
  if (kind === 'schema-version') {
    return { problem: first, advice: 'Export it again with the collector that comes with this version of the app.' }
  }
  return {
    problem: `some fields are not valid (${problems.join('; ')})`,
    advice: 'Correct those fields, or export the file again from the collector.',
  }
}
