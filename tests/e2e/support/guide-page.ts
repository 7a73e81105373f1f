/**
 * The guided walk, the way a user does it: say who you are, load a practice scenario, open a
 * step and wait until its content (not only its heading) is there.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { goToStep } from './wizard-page'

/** The steps after Install details, in walk order, with their screenshot names. */
export const GUIDED_STEPS = [
  { title: 'Version and deadlines', file: '01-version' },
  { title: 'Prerequisites', file: '02-prerequisites' },
  { title: 'Auto-upgrade', file: '03-autoupgrade' },
  { title: 'Staging mode', file: '04-staging' },
  { title: 'Cloud Sync', file: '05-cloudsync' },
  { title: 'Summary', file: '06-summary' },
] as const

/** A step's title. */
export type GuidedStep = (typeof GUIDED_STEPS)[number]['title']

/** Chooses a role on the first screen ("Admin on the server", "Consultant", "Trainee"). */
export async function chooseRole(page: Page, label: string): Promise<void> {
  await page.getByRole('region', { name: /who is using the wizard/ }).getByRole('button', { name: new RegExp(`^${label}`) }).click()
  await expect(page.getByLabel('I am')).toHaveValue(/.+/)
}

/** Opens Practice from the header and loads the scenario titled `title`. */
export async function loadPractice(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Practice', exact: true }).click()
  await page.getByRole('dialog', { name: 'Practice scenarios' }).getByRole('button', { name: `Load: ${title}` }).click()
  await expect(page.getByRole('dialog', { name: 'Practice scenarios' })).toBeHidden()
  await expect(page.getByRole('complementary', { name: 'Practice scenario' })).toContainText(title)
}

/** Goes to a step and waits for its body (steps after the first load on demand). */
export async function openStep(page: Page, title: GuidedStep): Promise<Locator> {
  await goToStep(page, title)
  const main = page.getByRole('main')
  await main.locator('[data-section], ul[aria-label="Findings"]').first().waitFor()
  return main
}

/** A section card of the current step, by its `data-section`. */
export function section(page: Page, name: string): Locator {
  return page.locator(`[data-section="${name}"]`)
}

/** Presses Tab (or Shift+Tab) until `target` has focus, at most `limit` times; fails if it never does. */
export async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 150): Promise<void> {
  for (let count = 0; count < limit; count += 1) {
    if ((await target.and(page.locator(':focus')).count()) > 0) {
      return
    }
    await page.keyboard.press(key)
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}
