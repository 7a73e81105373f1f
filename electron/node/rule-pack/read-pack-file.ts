/**
 * Reading a rule pack file and its detached signature (`<file>.sig`), refusing anything too large
 * before a byte is read.
 */
import fsp from 'node:fs/promises'
import { basename } from 'node:path'

/** A pack is about 50 KB; anything above 1 MiB is refused unread. */
export const MAX_PACK_BYTES = 1024 * 1024
/** A signature file holds 88 characters of base64 (and perhaps a newline). */
export const MAX_SIGNATURE_BYTES = 1024
/** Bytes in an Ed25519 signature. */
export const SIGNATURE_BYTES = 64

/** The pack's exact bytes and its signature, or why they could not be read. */
export type PackFileRead =
  | { readonly ok: true; readonly bytes: Buffer; readonly signature: Buffer }
  | { readonly ok: false; readonly reason: string }

/** The signature file's path for a pack file. */
export function signaturePathOf(path: string): string {
  return `${path}.sig`
}

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    const stats = await fsp.stat(path)
    return stats.isFile() ? stats.size : undefined
  } catch {
    return undefined
  }
}

/** Decodes a `.sig` file: base64 text of the 64 signature bytes. */
export function decodeSignature(text: string): Buffer | undefined {
  const trimmed = text.trim()
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) {
    return undefined
  }
  const bytes = Buffer.from(trimmed, 'base64')
  return bytes.length === SIGNATURE_BYTES ? bytes : undefined
}

/** Reads only the pack's bytes (size checked first): for `pack diff`, which needs no signature. Never throws. */
export async function readPackBytes(path: string): Promise<{ readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly reason: string }> {
  const name = basename(path)
  const size = await sizeOf(path)
  if (size === undefined) {
    return { ok: false, reason: `${name} could not be read (it does not exist or is not a file)` }
  }
  if (size > MAX_PACK_BYTES) {
    return { ok: false, reason: `${name} is ${(size / 1024 / 1024).toFixed(1)} MB; a rule pack is at most 1 MB, so it was not read` }
  }
  try {
    return { ok: true, bytes: await fsp.readFile(path) }
  } catch {
    return { ok: false, reason: `${name} could not be read` }
  }
}

/** Reads the pack (size checked first) and its `.sig` beside it. Never throws. */
export async function readPackFile(path: string): Promise<PackFileRead> {
  const name = basename(path)
  const size = await sizeOf(path)
  if (size === undefined) {
    return { ok: false, reason: `${name} could not be read (it does not exist or is not a file)` }
  }
  if (size > MAX_PACK_BYTES) {
    return { ok: false, reason: `${name} is ${(size / 1024 / 1024).toFixed(1)} MB; a rule pack is at most 1 MB, so it was not read` }
  }
  const sigPath = signaturePathOf(path)
  const sigSize = await sizeOf(sigPath)
  if (sigSize === undefined) {
    return { ok: false, reason: `${name} has no signature: ${basename(sigPath)} must be beside it` }
  }
  if (sigSize > MAX_SIGNATURE_BYTES) {
    return { ok: false, reason: `${basename(sigPath)} is not a signature (too large)` }
  }
  try {
    const [bytes, sigText] = await Promise.all([fsp.readFile(path), fsp.readFile(sigPath, 'utf8')])
    if (bytes.length > MAX_PACK_BYTES) {
      return { ok: false, reason: `${name} grew past 1 MB while it was read; it was not used` }
    }
    const signature = decodeSignature(sigText)
    return signature === undefined ? { ok: false, reason: `${basename(sigPath)} is not an Ed25519 signature (expected 64 bytes as base64)` } : { ok: true, bytes, signature }
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    return { ok: false, reason: `${name} could not be read (${typeof code === 'string' ? code : 'unknown error'})` }
  }
}
