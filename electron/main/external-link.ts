/**
 * Opening a documentation link in the OS browser: used by the navigation guards and the menu from
 * the start, and by the `link:open-external` handler.
 */
import { shell } from 'electron'
import { toAllowedExternalUrl } from './url-policy'

/** Opens a link in the OS browser, checking the allowlist once more (defence in depth). */
export async function openExternalLink(url: string): Promise<void> {
  const allowed = toAllowedExternalUrl(url)
  if (allowed === undefined) {
    throw new Error('This link is not on the allowlist.')
  }
  await shell.openExternal(allowed)
}
