/**
 * Compare runs: a server typed on 2.4.27.0 and saved, duplicated in the Assessments panel, the
 * copy brought to 2.5.190.0, then both compared: the 2026 sync deadline is fixed and the verdict
 * moved. Axe-clean in light, dark and forced colors; the light and dark views are photographed.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './support/app-fixture'
import { expectNoAxeViolations } from './support/axe'
import { expandFormGroup } from './support/install-details-page'
import { openApp, versionInput } from './support/wizard-page'

const saveStatus = (page: Page) => page.getByTestId('save-status')
const assessmentsDialog = (page: Page) => page.getByRole('dialog', { name: 'Saved assessments' })

async function openAssessments(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Assessments' }).click()
  await expect(assessmentsDialog(page).getByRole('table', { name: 'Saved assessments' })).toBeVisible()
}

/** Types AADC01 on 2.4.27.0, duplicates it, and brings the copy to 2.5.190.0 (left open in the walk). */
async function saveTwoRuns(page: Page): Promise<void> {
  await openApp(page)
  await expandFormGroup(page, 'Server & OS')
  await page.getByLabel('Server name').fill('AADC01')
  await versionInput(page).fill('2.4.27.0')
  await expect(saveStatus(page)).toHaveText(/^Saved/)
  await openAssessments(page)
  await assessmentsDialog(page).getByRole('button', { name: 'Duplicate AADC01', exact: true }).click()
  await assessmentsDialog(page).getByRole('button', { name: 'Open AADC01 (copy)', exact: true }).click()
  await expect(assessmentsDialog(page)).toBeHidden()
  await expect(versionInput(page)).toHaveValue('2.4.27.0')
  await versionInput(page).fill('2.5.190.0')
  await expect(saveStatus(page)).toHaveText(/^Saved/)
}

/** Expects the upgrade to show as the 2026 sync deadline fixed and the verdict moved. */
async function expectUpgradeCompared(page: Page): Promise<void> {
  const view = page.getByRole('main')
  await expect(view.getByRole('heading', { level: 2, name: 'Compare runs' })).toBeVisible()
  await expect(view.getByRole('combobox', { name: 'Earlier run' }).locator('option:checked')).toHaveText(/^AADC01 · 2\.4\.27\.0 · Critical, saved \d+ \w+ 2026, \d/)
  await expect(view.getByRole('combobox', { name: 'Later run' }).locator('option:checked')).toHaveText(/^AADC01 \(copy\) · [\d.]+ · [\w ]+, saved \d+ \w+ 2026, \d/)
  await expect(view.getByText('The verdict moved from Critical to Action required.')).toBeVisible()
  const row = view.getByRole('table', { name: 'Fixed' }).locator('tr[data-row-key="version/sync-stop-2026"]')
  await expect(row).toContainText('Synchronization minimum 2.5.79.0')
  await expect(row).toContainText(/Then\s*Fail, now\s*Pass/)
  await expect(view.locator('[data-count="fixed"]')).not.toHaveText(/Fixed\s*0$/)
}

test('an upgrade between two runs shows as fixed, from the header and from the Assessments panel', async ({ page }) => {
  await saveTwoRuns(page)
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Compare runs' }).click()
  await expectUpgradeCompared(page)

  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Walk' }).click()
  await openAssessments(page)
  await assessmentsDialog(page).getByRole('button', { name: 'Compare AADC01 (copy)', exact: true }).click()
  await expect(assessmentsDialog(page)).toBeHidden()
  await expectUpgradeCompared(page)

  await page.getByRole('button', { name: 'Open AADC01 in the walk' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Install details' })).toBeFocused()
  await expect(versionInput(page)).toHaveValue('2.4.27.0')
})

test('a server with one run says how to get a second one', async ({ page }) => {
  await openApp(page)
  await versionInput(page).fill('2.4.27.0')
  await expect(saveStatus(page)).toHaveText(/^Saved/)
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Compare runs' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Only one run' })).toContainText('Duplicate this assessment before the upgrade, then update it afterwards')
  await expectNoAxeViolations(page)
})

const THEMES = [
  { name: 'light', media: { colorScheme: 'light' as const, forcedColors: 'none' as const }, shot: 'docs/screenshots/compare-runs.png' },
  { name: 'dark', media: { colorScheme: 'dark' as const, forcedColors: 'none' as const }, shot: 'docs/screenshots/compare-runs-dark.png' },
  { name: 'forced colors', media: { colorScheme: 'dark' as const, forcedColors: 'active' as const }, shot: undefined },
]

for (const theme of THEMES) {
  test(`the comparison has no axe violations in ${theme.name}`, async ({ page }) => {
    await page.emulateMedia(theme.media)
    await saveTwoRuns(page)
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Compare runs' }).click()
    await expectUpgradeCompared(page)
    await page.locator('details[data-change="unchanged"] > summary').click()
    await expect(page.getByRole('table', { name: 'Unchanged' })).toBeVisible()
    await expectNoAxeViolations(page)
    if (theme.shot !== undefined) {
      // Tall enough to show the headline, the runs and the first groups (the workspace scrolls inside).
      await page.locator('details[data-change="unchanged"] > summary').click()
      await page.setViewportSize({ width: 1280, height: 1500 })
      await page.screenshot({ path: theme.shot })
    }
  })
}
