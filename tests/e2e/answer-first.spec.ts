/**
 * The answer first, end to end: a 2.4.27.0 collector file opened at 1024×700 shows at once, without
 * scrolling, the headline naming the day sync stopped, the minimum build and the upgrade; its
 * button opens the plan, whose "First:" moves on as items are ticked.
 */
import { expect, test } from './support/app-fixture'
import { openThroughDialog } from './support/install-details-page'
import { openApp } from './support/wizard-page'

test('a 2.4.27.0 collector file: the headline names the stop date, the minimum and the upgrade without scrolling at 1024x700', async ({ page, main }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await openApp(page)
  main.chooseFixture('collector/aadc01-collector-output.json')
  await openThroughDialog(page)
  const headline = page.getByTestId('server-headline')
  await expect(headline).toContainText('AADC01 stopped syncing on 30 Sep 2026, 57 days ago: 2.4.27.0 is below the 2.5.79.0 minimum.')
  await expect(headline).toContainText(/Upgrade in place to 2\.\d+\.\d+\.\d+ now\./)
  await expect(headline).toBeInViewport({ ratio: 1 })
  const button = headline.getByRole('button', { name: 'Open the upgrade plan' })
  await expect(button).toBeInViewport({ ratio: 1 })

  await button.click()
  await expect(page.getByRole('heading', { level: 2, name: 'Summary' })).toBeFocused()
  const checklist = page.locator('[data-section="checklist"]')
  const first = checklist.locator('p', { hasText: 'First:' })
  await expect(first).toContainText('First: Restore sync: upgrade AADC01 in place to')
  const items = checklist.getByRole('checkbox')
  const secondLabel = await checklist.locator('li[data-item]').nth(1).locator('label').innerText()
  await items.first().check()
  await expect(first).toContainText(`First: ${secondLabel}.`)
  await expect(checklist.getByRole('status')).toHaveText(/^1 of \d+ done$/)
})
