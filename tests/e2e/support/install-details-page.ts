/**
 * The install-details step as a user meets it: open, paste, drop, the inputs table, conflicts
 * and the form's groups.
 */
import type { Locator, Page } from '@playwright/test'

/** Clicks Open and waits for main's answer to show (a status, an error, or nothing on cancel). */
export async function openThroughDialog(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open install-details file…' }).click()
  await page.getByRole('button', { name: 'Open install-details file…' }).and(page.locator(':enabled')).waitFor()
}

/** Pastes `text` into the paste box and loads it. */
export async function pasteText(page: Page, text: string): Promise<void> {
  const box = page.getByLabel('Command output or install-details JSON')
  if (!(await box.isVisible())) {
    await page.getByRole('button', { name: 'Paste text', exact: true }).click()
  }
  await box.fill(text)
  await page.getByRole('button', { name: 'Load pasted text' }).click()
}

/**
 * Drops a file built in the page (`size` bytes of `byte`, or `text`) on the drop zone, as the OS
 * would: a DataTransfer holding a File. A string, because the e2e files have no DOM types.
 */
export async function dropFile(page: Page, file: { name: string; text?: string; size?: number }): Promise<void> {
  const dataTransfer = await page.evaluateHandle(`(() => {
    const transfer = new DataTransfer()
    const body = ${JSON.stringify(file.text ?? null)} ?? new Uint8Array(${file.size ?? 0})
    transfer.items.add(new File([body], ${JSON.stringify(file.name)}))
    return transfer
  })()`)
  await page.dispatchEvent('[data-drop-zone]', 'dragover', { dataTransfer })
  await page.dispatchEvent('[data-drop-zone]', 'drop', { dataTransfer })
}

/** The table of loaded inputs. */
export function inputsTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Loaded inputs' })
}

/** The error bar of the last import. */
export function importError(page: Page): Locator {
  return page.getByText('The input was not loaded').locator('..')
}

/** Expands a group of the install-details form (no-op when it is open). */
export async function expandFormGroup(page: Page, title: string): Promise<void> {
  const header = page.getByRole('button', { name: new RegExp(`^${title.replace(/[&]/g, '\\$&')} \\d+ of`) })
  if ((await header.getAttribute('aria-expanded')) !== 'true') {
    await header.click()
  }
}
