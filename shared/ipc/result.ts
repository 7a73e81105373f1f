/**
 * Errors as values across IPC: handlers return a `Result`, never throw to the renderer.
 */
import { z } from 'zod'

/** Error codes a handler may return. */
export const ERROR_CODES = [
  'invalid-request',
  'forbidden-sender',
  'file-too-large',
  'file-unreadable',
  'file-not-text',
  'file-unwritable',
  'not-found',
  'invalid-json',
  'invalid-document',
  'not-allowed',
  'canceled',
  'collector-failed',
  'print-failed',
  'internal',
] as const

/** One error code. */
export type ErrorCode = (typeof ERROR_CODES)[number]

/** The error half of a result. */
export const ipcErrorSchema = z.strictObject({
  code: z.enum(ERROR_CODES),
  message: z.string().max(8192),
})

/** A handler's error. */
export type IpcError = z.infer<typeof ipcErrorSchema>

/** A handler's result: the value, or an error with a code and a message for people. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError }

/** A zod schema for `Result<T>` given the schema of `T`. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: ipcErrorSchema }),
  ])
}

/** A success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

/** A failure. */
export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } }
}
