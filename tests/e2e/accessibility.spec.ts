import { expect, test } from './support/app-fixture'
import { expectNoAxeViolations } from './support/axe'
import { chooseRole } from './support/guide-page'
import { goToStep, openApp } from './support/wizard-page'

const SCREENSHOTS = 'docs/screenshots'

const STEPS = [
  { title: 'Install details', file: 'install-details-step' },
  { title: 'Version and deadlines', file: 'version-step' },
  { title: 'Summary', file: 'summary-step' },
] as const

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })

    test('the install-details, version and summary steps have no axe violations', async ({ page, main }) => {
      test.setTimeout(60_000)
      await openApp(page)
      await chooseRole(page, 'Admin on the server')
      main.chooseFile('AADC01.json')
      await page.getByRole('button', { name: 'Open install-details file…' }).click()
      await expect(page.getByText('Loaded AADC01.json (server AADC01)')).toBeVisible()
      for (const step of STEPS) {
        await goToStep(page, step.title)
        await expectNoAxeViolations(page)
        const suffix = colorScheme === 'dark' ? '-dark' : ''
        await page.screenshot({ path: `${SCREENSHOTS}/${step.file}${suffix}.png` })
      }
    })
  })
}

test('an inline input error has no axe violations', async ({ page }) => {
  await openApp(page)
  await page.getByLabel('Entra Connect version').fill('2.4')
  await expect(page.getByText('Enter all four parts, such as 2.4.27.0.')).toBeVisible()
  await expectNoAxeViolations(page)
})

const MODES = [
  { name: 'light', colorScheme: 'light', forcedColors: 'none' },
  { name: 'dark', colorScheme: 'dark', forcedColors: 'none' },
  { name: 'forced colours', colorScheme: 'dark', forcedColors: 'active' },
] as const

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const) {
  test(`the headline, the folded checks, the plan and the Assessments list have no axe violations at ${size.width}x${size.height} in light, dark and forced colours`, async ({ page, main }) => {
    test.setTimeout(240_000)
    await page.setViewportSize(size)
    await openApp(page)
    main.chooseFixture('collector/aadc01-collector-output.json')
    await page.getByRole('button', { name: 'Open install-details file…' }).click()
    await expect(page.getByTestId('server-headline')).toBeVisible()
    await page.getByRole('region', { name: 'About this assessment' }).getByLabel('Customer').fill('Contoso Pharma')
    await expect(page.getByTestId('save-status')).toHaveText(/^Saved/)
    for (const mode of MODES) {
      await page.emulateMedia({ colorScheme: mode.colorScheme, forcedColors: mode.forcedColors })
      await goToStep(page, 'Install details')
      await expectNoAxeViolations(page)
      await goToStep(page, 'Version and deadlines')
      await page.locator('details[data-rule-row]').first().locator('summary').click()
      await expectNoAxeViolations(page)
      await goToStep(page, 'Summary')
      await page.locator('[data-section="checklist"]').waitFor()
      await expectNoAxeViolations(page)
      await page.getByRole('button', { name: 'Assessments', exact: true }).click()
      await expect(page.getByRole('dialog')).toContainText('Contoso Pharma')
      await expectNoAxeViolations(page)
      await page.keyboard.press('Escape')
    }
  })
}
