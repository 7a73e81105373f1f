/**
 * Finding things in the wizard the way a user does: by role and label.
 */
import type { Locator, Page } from '@playwright/test'

/** The step list's button for the step titled `title`. */
export function stepButton(page: Page, title: string): Locator {
  return page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: new RegExp(`^${title}`) })
}

/** Goes to a step through the step list and waits for its heading. */
export async function goToStep(page: Page, title: string): Promise<void> {
  await stepButton(page, title).click()
  await page.getByRole('heading', { level: 2, name: title }).waitFor()
}

/** The card of one finding on the current step. */
export function findingCard(page: Page, ruleId: string): Locator {
  return page.locator(`article[data-rule-id="${ruleId}"]`)
}

/** Opens a passed or not-applicable finding's one-line row (folded on its step), if it is folded. */
export async function expandFinding(page: Page, ruleId: string): Promise<void> {
  // The step's body loads after its heading: wait for the finding itself first.
  await findingCard(page, ruleId).waitFor({ state: 'attached' })
  const row = page.locator(`details[data-rule-row="${ruleId}"]`)
  if ((await row.count()) > 0 && !(await row.evaluate((element) => (element as unknown as { open: boolean }).open))) {
    await row.locator('summary').click()
  }
}

/** The install-details form's version field. */
export function versionInput(page: Page): Locator {
  return page.getByLabel('Entra Connect version')
}

/** The header's as-of date input. */
export function asOfInput(page: Page): Locator {
  return page.getByLabel('Checks as of')
}

/** Opens the app and waits until main's app info (and so the as-of date) has arrived. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('heading', { level: 2, name: 'Install details' }).waitFor()
  await asOfInput(page).and(page.locator(':enabled')).waitFor()
}
