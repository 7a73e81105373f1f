import { expect, test } from './support/app-fixture'
import { expandFormGroup, openThroughDialog } from './support/install-details-page'
import { expandFinding, findingCard, goToStep, openApp, versionInput } from './support/wizard-page'

test.describe('opening an install-details file through main', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page)
  })

  test('a valid file fills the form, names the server and is the evidence’s source', async ({ page, main }) => {
    main.chooseFile('AADC01.json')
    await openThroughDialog(page)
    await expect(page.getByText(/^Loaded AADC01\.json \(server AADC01\): \d+ facts\.$/)).toBeVisible()
    await expect(versionInput(page)).toHaveValue('2.4.27.0')
    await expandFormGroup(page, 'Server & OS')
    await expect(page.getByLabel('Windows Server build')).toHaveValue('17763')
    await expect(page.getByText('From AADC01.json.').first()).toBeVisible()
    await goToStep(page, 'Version and deadlines')
    const card = findingCard(page, 'version/sync-stop-2026')
    await expect(card.getByRole('row', { name: /Entra Connect version 2\.4\.27\.0 AADC01\.json/ })).toBeVisible()
  })

  test('a value typed after opening a file is marked as typed in', async ({ page, main }) => {
    main.chooseFile('AADC01.json')
    await openThroughDialog(page)
    await versionInput(page).fill('2.5.79.0')
    await goToStep(page, 'Version and deadlines')
    await expandFinding(page, 'version/sync-stop-2026')
    const card = findingCard(page, 'version/sync-stop-2026')
    await expect(card.getByRole('row', { name: /Entra Connect version 2\.5\.79\.0 typed in/ })).toBeVisible()
  })

  test('a truncated file shows main’s message naming it and keeps what was typed', async ({ page, main }) => {
    await versionInput(page).fill('2.5.79.0')
    main.chooseFile('AADC02-truncated.json')
    await openThroughDialog(page)
    const error = page.getByText(/AADC02-truncated\.json: the JSON ends early/)
    await expect(error).toBeVisible()
    await expect(versionInput(page)).toHaveValue('2.5.79.0')
    await goToStep(page, 'Version and deadlines')
    await expandFinding(page, 'version/sync-stop-2026')
    await expect(findingCard(page, 'version/sync-stop-2026').getByText('Pass', { exact: true })).toBeVisible()
  })

  test('canceling the dialog changes nothing', async ({ page, main }) => {
    await versionInput(page).fill('2.4.27.0')
    main.chooseFile(undefined)
    await openThroughDialog(page)
    await expect(versionInput(page)).toHaveValue('2.4.27.0')
    await expect(page.getByText(/^Loaded /)).toHaveCount(0)
  })
})
