import type { Page } from '@playwright/test'
import { expect, test } from './support/app-fixture'
import { expectNoAxeViolations } from './support/axe'
import { loadPractice, openStep, section } from './support/guide-page'
import { inputsTable, openThroughDialog } from './support/install-details-page'
import { asOfInput, goToStep, openApp, versionInput } from './support/wizard-page'

/** The version field itself (its label also names the conflict's buttons once the inputs disagree). */
const versionBox = (page: Page) => page.getByRole('textbox', { name: 'Entra Connect version' })

const saveStatus = (page: Page) => page.getByTestId('save-status')

test('work is saved as it changes, and comes back after a reload from the Assessments panel', async ({ page, main }) => {
  await openApp(page)
  main.chooseFile('AADC01.json')
  await openThroughDialog(page)
  await expect(inputsTable(page)).toContainText('AADC01.json')
  await versionBox(page).fill('2.4.18.0')
  await asOfInput(page).fill('2026-06-01')
  await goToStep(page, 'Summary')
  const firstItem = section(page, 'checklist').getByRole('checkbox').first()
  await firstItem.check()
  await expect(saveStatus(page)).toHaveText(/^Saved \d{1,2}[:.]\d{2}/)

  await page.reload()
  await openApp(page)
  await expect(versionBox(page)).toHaveValue('')
  await page.getByRole('button', { name: 'Assessments' }).click()
  const dialog = page.getByRole('dialog', { name: 'Saved assessments' })
  const row = dialog.getByRole('row', { name: /AADC01/ })
  await expect(row).toContainText('as of 1 Jun 2026')
  await expectNoAxeViolations(page)
  await row.getByRole('button', { name: /^Open / }).click()
  await expect(dialog).toBeHidden()

  await expect(inputsTable(page)).toContainText('AADC01.json')
  await expect(versionBox(page)).toHaveValue('2.4.18.0')
  await expect(asOfInput(page)).toHaveValue('2026-06-01')
  await goToStep(page, 'Summary')
  await expect(section(page, 'checklist').getByRole('checkbox').first()).toBeChecked()
})

test('renames, duplicates and deletes (after asking) in the Assessments panel', async ({ page }) => {
  await openApp(page)
  await versionInput(page).fill('2.4.18.0')
  await expect(saveStatus(page)).toHaveText(/^Saved/)
  await page.getByRole('button', { name: 'Assessments' }).click()
  const dialog = page.getByRole('dialog', { name: 'Saved assessments' })
  await dialog.getByRole('button', { name: /^Rename / }).click()
  await dialog.getByLabel(/^New name for/).fill('Contoso before upgrade')
  await dialog.getByRole('button', { name: 'Save name' }).click()
  await expect(dialog.getByRole('row', { name: /Contoso before upgrade/ })).toBeVisible()
  await dialog.getByRole('button', { name: 'Duplicate Contoso before upgrade', exact: true }).click()
  await expect(dialog.getByRole('row', { name: /Contoso before upgrade \(copy\)/ })).toBeVisible()
  await dialog.getByRole('button', { name: 'Delete Contoso before upgrade (copy)', exact: true }).click()
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(dialog.getByRole('row', { name: /\(copy\)/ })).toHaveCount(0)
  await expect(dialog.getByRole('row', { name: /Contoso before upgrade/ })).toHaveCount(1)
})

test('the staging workaround script is saved through main’s save dialog', async ({ page, main }) => {
  await openApp(page)
  await loadPractice(page, 'An old build that cannot switch staging mode')
  await openStep(page, 'Staging mode')
  const script = await page.getByLabel('Staging workaround script', { exact: true }).innerText()
  main.chooseSaveFile('workaround.ps1')
  await page.getByRole('button', { name: 'Save the staging workaround script to a file…' }).click()
  await expect(page.getByText('Saved as workaround.ps1.')).toBeVisible()
  expect((await main.savedFileText('workaround.ps1')).trim()).toBe(script.trim())
})

test('the report of the current assessment is exported as HTML with its verdict', async ({ page, main }) => {
  await openApp(page)
  main.chooseFile('AADC01.json')
  await openThroughDialog(page)
  await expect(saveStatus(page)).toHaveText(/^Saved/)
  await openStep(page, 'Summary')
  main.chooseSaveFile('report.html')
  await page.getByRole('button', { name: 'Export report…' }).click()
  await expect(page.getByText('Report saved as report.html.')).toBeVisible()
  const html = await main.savedFileText('report.html')
  expect(html).toMatch(/^<!doctype html>/i)
  expect(html).toContain('class="badge verdict-critical">Critical<')
})
