/**
 * The Cloud Sync step on a customized server (collector output opened through main's dialog): it
 * answers from the file's inventory instead of asking. The guided migration tool's blockers (the
 * custom sync rules, the OU and group filters, the UPN attribute, directory extensions) show as
 * answered from the file with their evidence in words, and no question asks for a fact the file
 * gave. Photographed at 1280×800 and 1024×700, and checked with axe in light, dark and forced colours.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './support/app-fixture'
import { expectNoAxeViolations } from './support/axe'
import { chooseRole, section } from './support/guide-page'
import { openThroughDialog } from './support/install-details-page'
import { findingCard, goToStep, openApp } from './support/wizard-page'

const FILE = 'customized-collector-output.json'

/** What the file answers on this step, and how the answer reads. */
const ANSWERED_BY_FILE = [
  { path: 'connect.forestCount', reads: `From ${FILE}: 1.` },
  { path: 'connect.features.deviceWriteback', reads: `From ${FILE}: No.` },
  { path: 'connect.signInMethod', reads: `From ${FILE}: Password hash sync.` },
  { path: 'connect.customSyncRuleCount', reads: `From ${FILE}: 6.` },
  { path: 'connect.features.groupFiltering', reads: `From ${FILE}: group filtering is off.` },
  { path: 'connect.features.customUpn', reads: `From ${FILE}: the user principal name comes from userPrincipalName.` },
  { path: 'connect.largestDomainContainerCount', reads: `From ${FILE}: 3 OUs selected in the domain with the most.` },
] as const

/** A field path (`connect.forestCount`, `customizations.syncRules`) or a rule id (`cloudsync/fit`) in text. */
const INTERNAL_NAME = /\b(connect|customizations|server|tls12|dotnet|powershell)\.[A-Za-z]|\b(cloudsync|customizations|version|prerequisites)\/[a-z-]+/

const SIZES = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1024x700', width: 1024, height: 700 },
] as const

const MODES = [
  { name: 'light', colorScheme: 'light', forcedColors: 'none' },
  { name: 'dark', colorScheme: 'dark', forcedColors: 'none' },
  { name: 'forced colours', colorScheme: 'dark', forcedColors: 'active' },
] as const

async function openCloudSyncStep(page: Page, main: { chooseFixture(path: string): void }): Promise<void> {
  await openApp(page)
  await chooseRole(page, 'Admin on the server')
  main.chooseFixture(`collector/${FILE}`)
  await openThroughDialog(page)
  await expect(page.getByText(new RegExp(`^Loaded ${FILE.replace(/\./g, '\\.')}`))).toBeVisible()
  await goToStep(page, 'Cloud Sync')
  await section(page, 'cloud-sync-questions').waitFor()
}

test.describe('the Cloud Sync step on a customized server', () => {
  test('the migration tool’s blockers come from the file, in words, with their evidence', async ({ page, main }) => {
    await openCloudSyncStep(page, main)
    // Both findings are advice (shown as "Stay on Connect Sync" and "Manual migration"): no check fails.
    await expect(page.getByTestId('step-headline')).toHaveText(/^Cloud Sync does not fit yet: custom sync rules; .*This is advice, not a failing check: nothing here fails\.$/)
    await expect(page.getByTestId('step-headline')).not.toContainText('checks fail')
    const tool = findingCard(page, 'customizations/cloud-sync-tool')
    await expect(tool).toContainText('The guided migration tool cannot move this server (6 custom sync rules)')
    const evidence = tool.getByRole('table', { name: /^Evidence for/ })
    await expect(evidence.getByRole('row', { name: /^Sync rules 9 in all: "In from AD - User Join"/ })).toContainText(FILE)
    await expect(evidence.getByRole('row', { name: /^Connectors 2 in all: "contoso\.com"/ })).toBeVisible()
    await expect(evidence.getByRole('row', { name: /^Group-based filtering false/ })).toContainText(FILE)
    await expect(evidence.getByRole('row', { name: /^Attribute used as the user principal name userPrincipalName/ })).toContainText(FILE)
    await expect(evidence.getByRole('row', { name: /^Directory extension attributes false/ })).toContainText(FILE)
    await expect(evidence.getByRole('row', { name: /^Metaverse objects not known/ })).toContainText('not provided')
    // Field paths and rule ids stay in Details (folded); the step's text has none, nor raw fields.
    const stepText = await page.getByRole('main').innerText()
    expect(stepText).not.toMatch(INTERNAL_NAME)
    expect(stepText).not.toMatch(/identifier:|immutableTag|isStandardRule|[{}]/)
  })

  test('what the file says is answered with its source; only the rest is asked', async ({ page, main }) => {
    await openCloudSyncStep(page, main)
    const questions = section(page, 'cloud-sync-questions')
    const answered = questions.locator('[data-group="answered"]')
    await expect(answered.getByRole('heading', { name: `Answered from your files (${ANSWERED_BY_FILE.length})` })).toBeVisible()
    for (const fact of ANSWERED_BY_FILE) {
      await expect(answered.locator(`[data-answered="${fact.path}"]`)).toContainText(fact.reads)
      await expect(questions.locator(`[data-group="asked"] [data-question="${fact.path}"]`)).toHaveCount(0)
    }
    // The file's own count is the answer, and it agrees with the rule list the rules read.
    await expect(answered.locator('[data-answered="connect.customSyncRuleCount"]')).toContainText(`From ${FILE}: 6.`)
    const asked = questions.locator('[data-group="asked"] [data-question]')
    await expect(asked).toHaveCount(9)
    await expect(questions).toContainText('9 of 16 not answered')
    const fit = section(page, 'cloud-sync-fit')
    await expect(fit.getByRole('list', { name: 'Keeps you on Connect Sync for now' })).toHaveText('custom sync rules')
    const stillToAnswer = await fit.getByRole('list', { name: 'Still to answer' }).innerText()
    for (const label of ['forests does this server sync', 'custom sync rules', 'group-based filtering', 'user principal name', 'Containers (OUs)', 'device writeback', 'sign-in method']) {
      expect(stillToAnswer).not.toContain(label)
    }
  })

  for (const size of SIZES) {
    test(`screenshots at ${size.name}: the step's headline and the answers from the file`, async ({ page, main }) => {
      test.setTimeout(60_000)
      await page.setViewportSize({ width: size.width, height: size.height })
      await openCloudSyncStep(page, main)
      const headline = page.getByTestId('step-headline')
      await expect(headline).toBeInViewport()
      await page.screenshot({ path: `docs/screenshots/cloud-sync-customized-${size.name}.png` })
      const answered = section(page, 'cloud-sync-questions').locator('[data-group="answered"]')
      await answered.scrollIntoViewIfNeeded()
      await expect(answered.getByRole('heading', { name: /^Answered from your files/ })).toBeInViewport()
      await page.screenshot({ path: `docs/screenshots/cloud-sync-customized-answers-${size.name}.png` })
    })

    test(`no axe violations at ${size.name} in light, dark and forced colours`, async ({ page, main }) => {
      test.setTimeout(120_000)
      await page.setViewportSize({ width: size.width, height: size.height })
      await openCloudSyncStep(page, main)
      for (const mode of MODES) {
        await page.emulateMedia({ colorScheme: mode.colorScheme, forcedColors: mode.forcedColors })
        await expectNoAxeViolations(page)
        // A changed answer opens its control in place: that state is checked too.
        await section(page, 'cloud-sync-questions').getByRole('button', { name: 'Change: How many AD forests does this server sync?' }).click()
        await expectNoAxeViolations(page)
        await section(page, 'cloud-sync-questions').getByRole('button', { name: 'Done' }).click()
      }
    })
  }
})
