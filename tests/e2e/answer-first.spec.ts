/**
 * The answer first, end to end: a 2.4.27.0 collector file opened at 1024×700 shows at once, without
 * scrolling, the headline naming the day sync stopped, the minimum build and the upgrade; its
 * button opens the plan, whose "First" mark moves on as items are ticked. A practice scenario never
 * touches the saved assessment, a reload offers to continue it, and another as-of date than today
 * is always announced.
 */
import { expect, test, TODAY } from './support/app-fixture'
import { loadPractice } from './support/guide-page'
import { openThroughDialog } from './support/install-details-page'
import { asOfInput, goToStep, openApp } from './support/wizard-page'

test('a 2.4.27.0 collector file: the headline names the stop date, the minimum and the upgrade without scrolling at 1024x700', async ({ page, main }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await openApp(page)
  main.chooseFixture('collector/aadc01-collector-output.json')
  await openThroughDialog(page)
  const headline = page.getByTestId('server-headline')
  await expect(headline).toContainText('AADC01 stopped syncing on 30 Sept 2026, 57 days ago: 2.4.27.0 is below the 2.5.79.0 minimum.')
  await expect(headline).toContainText(/Upgrade in place to 2\.\d+\.\d+\.\d+ now\./)
  await expect(headline).toBeInViewport({ ratio: 1 })
  const button = headline.getByRole('button', { name: 'Open the upgrade plan' })
  await expect(button).toBeInViewport({ ratio: 1 })

  await button.click()
  await expect(page.getByRole('heading', { level: 2, name: 'Summary' })).toBeFocused()
  const checklist = page.locator('[data-section="checklist"]')
  const first = checklist.locator('li[data-first="true"]')
  await expect(first).toHaveCount(1)
  await expect(first.locator('label')).toContainText('Restore sync: upgrade AADC01 in place to')
  await expect(checklist.getByText(/Restore sync: upgrade AADC01 in place to/)).toHaveCount(1)
  const items = checklist.getByRole('checkbox')
  const secondId = await checklist.locator('li[data-item]').nth(1).getAttribute('data-item')
  await items.first().check()
  await expect(first).toHaveAttribute('data-item', secondId ?? '-')
  await expect(checklist.getByRole('status')).toHaveText(/^1 of \d+ done$/)
})

test('a practice scenario opens beside the saved assessment and leaves it unchanged; a reload offers to continue it', async ({ page, main }) => {
  test.setTimeout(60_000)
  await openApp(page)
  main.chooseFixture('collector/aadc01-collector-output.json')
  await openThroughDialog(page)
  await page.getByRole('region', { name: 'About this assessment' }).getByLabel('Customer').fill('Contoso Pharma')
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/)
  const listed = () =>
    page.evaluate(async () => {
      const api = (globalThis as unknown as { api: { assessments: { list(request: unknown): Promise<{ ok: boolean; value?: { entries: unknown[] } }> } } }).api
      return (await api.assessments.list({})).value?.entries
    })
  // "Saved" may still be the file's own save: wait until the customer is in the saved list too.
  await expect.poll(async () => ((await listed()) as { customer?: string }[] | undefined)?.map((entry) => entry.customer)).toEqual(['Contoso Pharma'])
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/)
  const before = await listed()
  expect(before).toHaveLength(1)

  await loadPractice(page, 'A US Government tenant on 2.4.18.0')
  await expect(page.getByTestId('save-status')).toHaveText('Practice: not saved')
  await expect(page.getByTestId('as-of-banner')).toContainText('Viewing as of')
  await page.waitForTimeout(1200)
  expect(await listed()).toEqual(before)

  await page.reload()
  await openApp(page)
  const offer = page.getByTestId('continue-offer')
  await expect(offer).toContainText(/Continue AADC01 · Contoso Pharma · Critical · saved \d/)
  await offer.getByRole('button', { name: 'Continue AADC01' }).click()
  await expect(page.getByTestId('server-headline')).toContainText('AADC01 stopped syncing on 30 Sept 2026')
  await expect(page.getByRole('region', { name: 'About this assessment' }).getByLabel('Customer')).toHaveValue('Contoso Pharma')
})

test('an as-of date other than today says so, and Back to today, clearing the date or a new assessment return to today', async ({ page }) => {
  await openApp(page)
  await asOfInput(page).fill('2027-05-01')
  await expect(page.getByTestId('as-of-banner')).toContainText('Viewing as of 1 May 2027')
  await page.getByRole('button', { name: 'Back to today' }).click()
  await expect(page.getByTestId('as-of-banner')).toHaveCount(0)
  await expect(asOfInput(page)).toHaveValue(TODAY)

  await asOfInput(page).fill('2027-05-01')
  await expect(page.getByTestId('as-of-banner')).toBeVisible()
  await asOfInput(page).fill('')
  await expect(page.getByTestId('as-of-banner')).toHaveCount(0)

  await asOfInput(page).fill('2027-05-01')
  await page.getByRole('button', { name: 'New assessment' }).click()
  await expect(page.getByTestId('as-of-banner')).toHaveCount(0)
  await expect(asOfInput(page)).toHaveValue(TODAY)
})

test('printing the summary leaves out the export controls, buttons and pickers, and keeps the checklist', async ({ page, main }) => {
  await openApp(page)
  main.chooseFixture('collector/aadc01-collector-output.json')
  await openThroughDialog(page)
  await page.getByTestId('server-headline').getByRole('button', { name: 'Open the upgrade plan' }).click()
  const exportSection = page.getByRole('region', { name: 'Export the report' })
  await expect(exportSection).toBeVisible()
  await expect(exportSection.getByRole('button', { name: 'Export report…' })).toBeVisible()
  await expect(page.getByRole('combobox').first()).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(exportSection).toBeHidden()
  await expect(page.getByRole('combobox')).toHaveCount(0)
  const checklist = page.locator('[data-section="checklist"]')
  await expect(checklist.locator('li[data-item]').first()).toBeVisible()
  await expect(checklist.getByRole('button')).toHaveCount(0)
  expect(await page.locator('#root button:not([aria-expanded])').evaluateAll((buttons) => buttons.filter((button) => button.getClientRects().length > 0).length)).toBe(0)
  await page.emulateMedia({ media: 'screen' })
  await expect(exportSection).toBeVisible()
})

test('the version step of a 2.4.27.0 server says that sync stopped once: the step headline names it, its card does not repeat it', async ({ page, main }) => {
  await openApp(page)
  main.chooseFixture('collector/aadc01-collector-output.json')
  await openThroughDialog(page)
  await goToStep(page, 'Version and deadlines')
  await expect(page.getByTestId('step-headline')).toContainText('First: Sync stopped on 30 Sept 2026: 2.4.27.0 is below 2.5.79.0.')
  const card = page.locator('article[data-rule-id="version/sync-stop-2026"]')
  await expect(card).toBeVisible()
  const text = await page.locator('main').innerText()
  expect(text.split(/Sync stopped on 30 Sept 2026/i).length - 1).toBe(1)
})

test.describe('in German', () => {
  test.use({ locale: 'de-DE' })

  test('the screen writes dates as de-DE does, and the exported report still says 2026-09-30', async ({ page, main }) => {
    await openApp(page)
    main.chooseFixture('collector/aadc01-collector-output.json')
    await openThroughDialog(page)
    await expect(page.getByTestId('server-headline')).toContainText('AADC01 stopped syncing on 30.09.2026, 57 days ago')
    await expect(page.getByTestId('server-headline')).not.toContainText('30 Sept 2026')
    await expect(page.getByTestId('save-status')).toHaveText(/^Saved/)
    await goToStep(page, 'Summary')
    main.chooseSaveFile('report.html')
    await page.getByRole('button', { name: 'Export report…' }).click()
    await expect(page.getByText('Report saved as report.html.')).toBeVisible()
    const html = await main.savedFileText('report.html')
    expect(html).toContain('is below 2.5.79.0, required since 2026-09-30')
    expect(html).not.toContain('30.09.2026')
  })
})
