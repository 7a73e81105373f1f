import { expect, test } from './support/app-fixture'
import { findingCard, goToStep, openApp, versionInput } from './support/wizard-page'

test('clicking a source asks main to open the https Learn article, and the page stays put', async ({ page, main }) => {
  await openApp(page)
  await versionInput(page).fill('2.4.27.0')
  await goToStep(page, 'Version and deadlines')
  const link = findingCard(page, 'version/sync-stop-2026').getByRole('link', { name: /Harden update for Microsoft Entra Connect Sync/ })
  await link.click()
  await expect.poll(() => main.openedUrls).toEqual([
    'https://learn.microsoft.com/entra/identity/hybrid/connect/harden-update-ad-fs-pingfederate',
  ])
  await expect(page).toHaveURL(/127\.0\.0\.1/)
})

test('the copy button puts the PowerShell on the clipboard through main', async ({ page, main }) => {
  await openApp(page)
  await versionInput(page).fill('2.4.27.0')
  await goToStep(page, 'Version and deadlines')
  await findingCard(page, 'version/sync-stop-2026').getByRole('button', { name: /Copy: PowerShell/ }).first().click()
  await expect.poll(() => main.copiedTexts).toEqual(['Get-ADSyncScheduler\nStart-ADSyncSyncCycle -PolicyType Delta'])
  await expect(findingCard(page, 'version/sync-stop-2026').getByRole('button', { name: /Copied/ })).toBeVisible()
})
