import { TODAY, expect, test } from './support/app-fixture'
import { asOfInput, expandFinding, findingCard, goToStep, openApp, versionInput } from './support/wizard-page'

test.describe('typed version against the 2026 sync stop', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page)
  })

  test('defaults the as-of date to main’s today', async ({ page }) => {
    await expect(asOfInput(page)).toHaveValue(TODAY)
  })

  test('2.4.27.0 as of 2026-11-26 fails the sync stop and makes the verdict critical', async ({ page }) => {
    await versionInput(page).fill('2.4.27.0')
    await goToStep(page, 'Version and deadlines')
    const card = findingCard(page, 'version/sync-stop-2026')
    await expect(card.getByText('Fail', { exact: true })).toBeVisible()
    await expect(card.getByRole('cell', { name: 'typed in' })).toBeVisible()
    await goToStep(page, 'Summary')
    await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('Verdict: Critical')
    await expect(page.getByRole('table', { name: 'Findings that fail or warn' })).toContainText('Synchronization minimum')
  })

  test('2.5.79.0 passes the sync stop', async ({ page }) => {
    await versionInput(page).fill('2.5.79.0')
    await goToStep(page, 'Version and deadlines')
    await expandFinding(page, 'version/sync-stop-2026')
    await expect(findingCard(page, 'version/sync-stop-2026').getByText('Pass', { exact: true })).toBeVisible()
  })

  test('2.4.27.0 as of 2026-09-29 only warns', async ({ page }) => {
    await versionInput(page).fill('2.4.27.0')
    await asOfInput(page).fill('2026-09-29')
    await goToStep(page, 'Version and deadlines')
    const card = findingCard(page, 'version/sync-stop-2026')
    await expect(card.getByText('Warning', { exact: true })).toBeVisible()
    await expect(card).toContainText('(1 day after the as-of date)')
  })

  test('an announced-but-unconfirmed rule says "Unconfirmed" with its caveat', async ({ page }) => {
    await versionInput(page).fill('2.4.27.0')
    await goToStep(page, 'Version and deadlines')
    await expect(findingCard(page, 'version/app-auth-2027').getByText('Unconfirmed', { exact: true })).toBeVisible()
  })

  test('a three-part version gets an inline error and the step list says so', async ({ page }) => {
    await versionInput(page).fill('2.4.27')
    await expect(page.getByText('Enter all four parts, such as 2.4.27.0.')).toBeVisible()
    await expect(page.getByRole('button', { name: /^Install details/ })).toContainText('Check input')
  })

  test('Next and Back walk the steps, and the step list follows the keyboard', async ({ page }) => {
    await page.getByRole('button', { name: 'Next: Version and deadlines' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Version and deadlines' })).toBeFocused()
    await page.getByRole('button', { name: 'Back: Install details' }).click()
    await page.getByRole('button', { name: /^Install details/ }).focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 2, name: 'Prerequisites' })).toBeVisible()
  })
})
