import fsp from 'node:fs/promises'
import { expect, test } from './support/app-fixture'
import { expectNoAxeViolations } from './support/axe'
import { openThroughDialog } from './support/install-details-page'
import { summarizePdf } from './support/pdf-file'
import { goToStep, openApp } from './support/wizard-page'

test.describe('the report as a PDF', () => {
  test.beforeEach(async ({ page, main }) => {
    await openApp(page)
    main.chooseFile('AADC01.json')
    await openThroughDialog(page)
    await expect(page.getByText(/^Loaded AADC01\.json/)).toBeVisible()
    await goToStep(page, 'Summary')
  })

  test('an opened file’s report is printed by Chromium to a real, multi-page A4 document', async ({ page, main }, testInfo) => {
    main.chooseSaveFile('report.pdf')
    await page.getByLabel('Format').selectOption({ label: 'PDF document' })
    await page.getByRole('button', { name: 'Export report…' }).click()
    await expect(page.getByText('Report saved as report.pdf.')).toBeVisible({ timeout: 20_000 })
    await expectNoAxeViolations(page)
    await page.getByRole('region', { name: 'Export the report' }).screenshot({ path: 'docs/screenshots/report-pdf-export.png' })

    const bytes = await main.savedFileBytes('report.pdf')
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    expect(bytes.byteLength).toBeGreaterThan(20_000)
    const pdf = summarizePdf(bytes)
    expect(pdf.hasEndMarker).toBe(true)
    expect(pdf.pageTreeCount).toBeGreaterThanOrEqual(2)
    expect(pdf.pageObjects).toBe(pdf.pageTreeCount)
    // Kept with the test's results for people to look at (docs/screenshots/report-pdf-page1.png is its first page).
    await fsp.writeFile(testInfo.outputPath('report.pdf'), bytes)
  })

  test('a printer failure says why, and no file is written', async ({ page, main }) => {
    main.chooseSaveFile('failed.pdf')
    main.failNextPrint('printing took longer than 30 seconds')
    await page.getByLabel('Format').selectOption({ label: 'PDF document' })
    await page.getByRole('button', { name: 'Export report…' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'The PDF could not be made: printing took longer than 30 seconds.' })).toBeVisible()
    await expect(main.savedFileBytes('failed.pdf')).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
