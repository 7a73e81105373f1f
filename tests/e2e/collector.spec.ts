import { expect, test } from './support/app-fixture'
import { inputsTable } from './support/install-details-page'
import { findingCard, goToStep, openApp } from './support/wizard-page'

async function openCollectorPanel(page: import('@playwright/test').Page) {
  await openApp(page)
  await page.getByRole('button', { name: 'Collector', exact: true }).click()
}

test.describe('on a machine that is not the Windows server', () => {
  test('the panel says collecting runs only on the Windows server, and has no Collect button', async ({ page }) => {
    await openCollectorPanel(page)
    await expect(page.getByText('Collecting runs only on the Windows sync server')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Collect from this server', exact: true })).toHaveCount(0)
  })

  test('the script can be shown, copied through main, and saved where main’s dialog says', async ({ page, main }) => {
    await openCollectorPanel(page)
    await page.getByRole('button', { name: 'Show the script' }).click()
    await expect(page.getByLabel('Collector script', { exact: true })).toContainText('Collects Microsoft Entra Connect Sync install details')
    await page.getByRole('button', { name: 'Copy: the collector script' }).click()
    await expect.poll(() => main.copiedTexts[0]?.startsWith('<#\n.SYNOPSIS\n    Collects Microsoft Entra')).toBe(true)
    main.chooseSaveFile('Collect-EntraConnectDetails.ps1')
    await page.getByRole('button', { name: 'Save the script…' }).click()
    await expect(page.getByText('Saved as Collect-EntraConnectDetails.ps1.')).toBeVisible()
    expect(await main.savedFileText('Collect-EntraConnectDetails.ps1')).toBe(main.copiedTexts[0])
  })
})

test.describe('on the Windows sync server', () => {
  test('collecting shows progress and loads what it wrote as an input', async ({ page, main }) => {
    main.setPlatform('win32')
    main.nextCollectorRun({ outcome: 'writes', lines: ['Reading the server', 'Reading ADSync', 'Wrote the document'], document: 'collector/aadc01-collector-output.json' })
    await openCollectorPanel(page)
    await page.getByRole('button', { name: 'Collect from this server', exact: true }).click()
    await expect(page.getByRole('log', { name: 'Collector progress' })).toContainText('Wrote the document')
    await expect(inputsTable(page).getByRole('row', { name: /^collected on this server/ })).toContainText('install-details JSON (collected)')
    await goToStep(page, 'Version and deadlines')
    await expect(findingCard(page, 'version/sync-stop-2026').getByRole('row', { name: /Entra Connect version .* collected on this server/ })).toBeVisible()
  })

  test('a running collection can be canceled', async ({ page, main }) => {
    main.setPlatform('win32')
    main.nextCollectorRun({ outcome: 'hangs', lines: ['Reading the server'] })
    await openCollectorPanel(page)
    await page.getByRole('button', { name: 'Collect from this server', exact: true }).click()
    await expect(page.getByRole('log', { name: 'Collector progress' })).toContainText('Reading the server')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByText('Collection canceled')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Collect from this server', exact: true })).toBeEnabled()
  })

  test('a failed collection says what to do instead', async ({ page, main }) => {
    main.setPlatform('win32')
    main.nextCollectorRun({ outcome: 'fails', lines: [], message: 'The ADSync module was not found: is Entra Connect Sync installed on this server? Run the collector yourself…' })
    await openCollectorPanel(page)
    await page.getByRole('button', { name: 'Collect from this server', exact: true }).click()
    await expect(page.getByText('Collection failed')).toBeVisible()
    await expect(page.getByText(/The ADSync module was not found.*Run the collector yourself/)).toBeVisible()
  })
})
