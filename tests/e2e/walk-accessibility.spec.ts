/**
 * Every guided step is axe-clean in light, dark and Windows high contrast (forced colors), and
 * light and dark write a screenshot of each step to docs/screenshots/walk/.
 */
import { expect, test } from './support/app-fixture'
import { expectNoAxeViolations } from './support/axe'
import { chooseRole, GUIDED_STEPS, loadPractice, openStep } from './support/guide-page'
import { openApp } from './support/wizard-page'

const SHOTS = 'docs/screenshots/walk'

/** The scenario that shows each step at its fullest. */
const SCENARIO_FOR: Readonly<Record<(typeof GUIDED_STEPS)[number]['title'], string>> = {
  'Version and deadlines': 'A V1 server on Windows Server 2012 R2',
  Prerequisites: 'A V1 server on Windows Server 2012 R2',
  'Auto-upgrade': 'Automatic upgrade suspended',
  'Staging mode': 'An old build that cannot switch staging mode',
  'Cloud Sync': 'A Cloud Sync candidate',
  Summary: 'An old build that cannot switch staging mode',
}

const THEMES = [
  { name: 'light', media: { colorScheme: 'light' as const, forcedColors: 'none' as const }, hasShots: true },
  { name: 'dark', media: { colorScheme: 'dark' as const, forcedColors: 'none' as const }, hasShots: true },
  { name: 'forced-colors', media: { colorScheme: 'dark' as const, forcedColors: 'active' as const }, hasShots: false },
]

for (const theme of THEMES) {
  test.describe(`${theme.name}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 })
      await page.emulateMedia(theme.media)
      await openApp(page)
    })

    test('the first screen, the glossary and the practice scenarios have no axe violations', async ({ page }) => {
      await expect(page.getByRole('region', { name: /who is using the wizard/ })).toBeVisible()
      await expectNoAxeViolations(page)
      if (theme.hasShots) {
        await page.screenshot({ path: `${SHOTS}/00-welcome-${theme.name}.png` })
      }
      await chooseRole(page, 'Trainee')
      await page.getByRole('button', { name: 'Glossary' }).click()
      await expect(page.getByRole('dialog', { name: 'Glossary' })).toContainText('Staging mode')
      await expectNoAxeViolations(page)
      if (theme.hasShots) {
        await page.screenshot({ path: `${SHOTS}/08-glossary-${theme.name}.png` })
      }
      await page.getByRole('button', { name: 'Close the glossary' }).click()
      await page.getByRole('button', { name: 'Practice', exact: true }).click()
      await expect(page.getByRole('dialog', { name: 'Practice scenarios' })).toBeVisible()
      await expectNoAxeViolations(page)
      if (theme.hasShots) {
        await page.screenshot({ path: `${SHOTS}/09-practice-${theme.name}.png` })
      }
    })

    test('every guided step has no axe violations', async ({ page }) => {
      test.setTimeout(180_000)
      await chooseRole(page, 'Trainee')
      let loaded = ''
      for (const step of GUIDED_STEPS) {
        const scenario = SCENARIO_FOR[step.title]
        if (scenario !== loaded) {
          await loadPractice(page, scenario)
          loaded = scenario
        }
        await openStep(page, step.title)
        await expectNoAxeViolations(page)
        if (theme.hasShots) {
          // The brief is read once; the screenshot shows the step itself.
          await page.getByRole('button', { name: 'Hide the practice brief' }).click()
          await page.screenshot({ path: `${SHOTS}/${step.file}-${theme.name}.png` })
          loaded = ''
        }
      }
      if (theme.hasShots) {
        await page.emulateMedia({ ...theme.media, media: 'print' })
        await page.screenshot({ path: `${SHOTS}/07-print-${theme.name}.png`, fullPage: true })
      }
    })
  })
}
