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
