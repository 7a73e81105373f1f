/**
 * The fleet workspace end to end: three servers assessed through the walk (two opened from files,
 * one typed), the app reloaded, the fleet shown most urgent first with its staging pair and
 * deadline heat map, searched, a server opened in the walk, and the fleet exported as redacted
 * HTML and CSV that name none of the originals. Axe-clean in light, dark and forced colours.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/app-fixture'
import { expectNoAxeViolations } from './support/axe'
import { expandFormGroup, inputsTable, openThroughDialog } from './support/install-details-page'
import { openApp } from './support/wizard-page'

/** Every name the test gives the app: none may appear in a redacted report, in any letter case. */
const ORIGINAL_NAMES = ['AADC01', 'AADC02', 'FAB-SYNC01', 'Contoso', 'Pharma', 'Fabrikam', 'Retail', 'contoso-pharma.com', 'corp.contoso', 'AADC01.json', 'AADC02-staging.json']

const saveStatus = (page: Page) => page.getByTestId('save-status')
const matrixTable = (page: Page) => page.getByRole('table', { name: 'Servers by urgency' })
const heatMap = (page: Page) => page.getByRole('table', { name: 'Deadlines by server' })

/** Fills "About this assessment" on the install-details step. */
async function describeAssessment(page: Page, customer: string, partner: string): Promise<void> {
  const about = page.getByRole('region', { name: 'About this assessment' })
  await about.getByLabel('Customer').fill(customer)
  if (partner !== '') {
    await about.getByLabel('Staging partner').fill(partner)
  }
  await expect(saveStatus(page)).toHaveText(/^Saved/)
}

/** Starts the next server's assessment and waits for the empty walk. */
async function newAssessment(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New assessment' }).click()
  await expect(inputsTable(page)).toHaveCount(0)
}

/** Assesses the three servers through the UI: a primary, its staging partner, and another customer's server. */
async function assessThreeServers(page: Page, main: { chooseFile(name: string): void }): Promise<void> {
  main.chooseFile('AADC01.json')
  await openThroughDialog(page)
  await expect(inputsTable(page)).toContainText('AADC01.json')
  await describeAssessment(page, 'Contoso Pharma', 'AADC02')

  await newAssessment(page)
  main.chooseFile('AADC02-staging.json')
  await openThroughDialog(page)
  await expect(inputsTable(page)).toContainText('AADC02-staging.json')
  await describeAssessment(page, 'Contoso Pharma', 'AADC01')

  await newAssessment(page)
  await expandFormGroup(page, 'Server & OS')
  await page.getByLabel('Server name', { exact: true }).fill('FAB-SYNC01')
  await page.getByLabel('Entra Connect version').fill('2.6.92.0')
  await describeAssessment(page, 'Fabrikam Retail', '')
}

/** The text of each body row's header (the server's name), in order. */
async function rowNames(table: Locator): Promise<string[]> {
  return table.locator('tbody th[scope="row"] > span:first-child').allInnerTexts()
}

/** The heat map's cell of `server` under the column labelled `deadline`. */
async function heatCell(page: Page, server: string, deadline: string): Promise<Locator> {
  // The heat map is drawn after the matrix (a frame later): wait for it before reading its headers.
  await expect(heatMap(page)).toBeVisible()
  const headers = await heatMap(page).locator('thead th').allInnerTexts()
  const column = headers.findIndex((text) => text.startsWith(deadline))
  expect(column, `a heat-map column for ${deadline}`).toBeGreaterThan(0)
  return heatMap(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: server }) }).locator('th, td').nth(column)
}

/** Exports the listed servers redacted in `format` to `fileName` and returns the file's text. */
async function exportRedacted(page: Page, main: { chooseSaveFile(name: string): void; savedFileText(name: string): Promise<string> }, format: string, fileName: string): Promise<string> {
  const card = page.locator('[data-section="fleet-export"]')
  await card.getByLabel('Format').selectOption({ label: format })
  await card.getByRole('checkbox', { name: 'Replace names with placeholders' }).check()
  main.chooseSaveFile(fileName)
  await card.getByRole('button', { name: 'Export fleet report…' }).click()
  await expect(card.getByRole('status')).toHaveText(`Fleet report of 3 servers saved as ${fileName}.`)
  return main.savedFileText(fileName)
}

function expectNoOriginalNames(text: string): void {
  const lower = text.toLowerCase()
  for (const name of ORIGINAL_NAMES) {
    expect(lower, `"${name}" in the redacted report`).not.toContain(name.toLowerCase())
  }
  for (const placeholder of ['SERVER-1', 'SERVER-2', 'SERVER-3', 'DOMAIN-1', 'FILE-1.json']) {
    expect(text).toContain(placeholder)
  }
}

test('with no saved assessments the fleet explains how to add servers', async ({ page }) => {
  await openApp(page)
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Fleet' }).click()
  await expect(page.getByRole('region', { name: 'No saved assessments yet' })).toContainText('New assessment in the header')
  await expectNoAxeViolations(page)
})

test('three servers assessed, the app reopened: the fleet shows them, filters, opens one, and exports redacted reports', async ({ page, main }) => {
  test.setTimeout(150_000)
  await openApp(page)
  await assessThreeServers(page, main)

  await page.reload()
  await openApp(page)
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Fleet' }).click()

  // AADC02 runs 2.5.79.0, out of support since 23 Oct 2026 (a date the version history states): critical too.
  await expect(page.getByTestId('fleet-summary')).toHaveText('3 servers as of 26 Nov 2026: 2 critical, 0 action required, 0 incomplete, 1 ready; 0 staging warnings.')
  await expect(matrixTable(page).getByRole('row')).toHaveCount(4)
  expect((await rowNames(matrixTable(page)))[0]).toBe('AADC01')
  const first = matrixTable(page).locator('tbody tr').first()
  await expect(first.locator('td').first()).toHaveText('Critical')
  await expect(first).toContainText('2 fails')

  const pairs = page.getByRole('list', { name: 'Staging pairs' })
  await expect(pairs.getByRole('listitem')).toHaveCount(1)
  await expect(pairs).toContainText('AADC01 and aadc02.corp.contoso-pharma.com (Contoso Pharma)')
  await expect(pairs).toContainText('One active, one staging')
  await expect(pairs).toContainText('AADC01 is active; aadc02.corp.contoso-pharma.com is its staging server.')
  await expect(page.locator('[data-section="staging-pairs"]')).toContainText('Without a staging partner: FAB-SYNC01 (Fabrikam Retail).')

  await expect(await heatCell(page, 'AADC01', 'All synchronization stops')).toHaveText('broken since 30 Sept 2026')
  await expect(await heatCell(page, 'aadc02.corp.contoso-pharma.com', 'All synchronization stops')).toHaveText('met')
  await expect(await heatCell(page, 'AADC01', 'Build 2.4.27.0 out of support')).toHaveText('broken since 15 Jan 2026')
  await expect(await heatCell(page, 'FAB-SYNC01', 'Build 2.4.27.0 out of support')).toHaveText('other build')
  await expect(heatMap(page).locator('thead')).toContainText('unconfirmed')

  await page.setViewportSize({ width: 1400, height: 1700 })
  await expectNoAxeViolations(page)
  await page.screenshot({ path: 'docs/screenshots/fleet-view.png', fullPage: true })
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page)
  await page.screenshot({ path: 'docs/screenshots/fleet-view-dark.png', fullPage: true })
  await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'active' })
  await expectNoAxeViolations(page)
  await page.screenshot({ path: 'docs/screenshots/fleet-view-forced-colors.png', fullPage: true })
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' })

  const search = page.getByRole('searchbox', { name: 'Search' })
  await search.fill('fabrikam')
  await expect(page.getByText('Showing 1 of 3 servers')).toBeVisible()
  await expect.poll(() => rowNames(matrixTable(page))).toEqual(['FAB-SYNC01'])
  await search.fill('CONTOSO')
  await expect.poll(() => rowNames(matrixTable(page))).toEqual(['AADC01', 'aadc02.corp.contoso-pharma.com'])
  await page.getByRole('button', { name: 'Clear filter' }).click()
  await expect(page.getByText('Showing 3 of 3 servers')).toBeVisible()

  await matrixTable(page).getByRole('button', { name: 'Open walk of aadc02.corp.contoso-pharma.com' }).click()
  // The button is gone with the fleet: the walk's heading takes the focus.
  await expect(page.getByRole('heading', { level: 2, name: 'Install details' })).toBeFocused()
  await expect(inputsTable(page)).toContainText('AADC02-staging.json')
  await expect(page.getByRole('region', { name: 'About this assessment' }).getByLabel('Customer')).toHaveValue('Contoso Pharma')

  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Fleet' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Fleet' })).toBeFocused()
  await expect(matrixTable(page).getByRole('row')).toHaveCount(4)
  const html = await exportRedacted(page, main, 'HTML page', 'fleet-redacted.html')
  expect(html).toMatch(/^<!doctype html>/i)
  expectNoOriginalNames(html)
  const csv = await exportRedacted(page, main, 'CSV', 'fleet-redacted.csv')
  expect(csv.split('\n').length).toBeGreaterThan(10)
  expectNoOriginalNames(csv)

  const report = await page.context().newPage()
  await report.setViewportSize({ width: 1100, height: 900 })
  await report.setContent(html)
  await expect(report.getByText('SERVER-1').first()).toBeVisible()
  await report.screenshot({ path: 'docs/samples/fleet-report-redacted-app.png' })
  await report.close()
})
