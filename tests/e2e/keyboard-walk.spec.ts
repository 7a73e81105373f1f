/**
 * The whole guided walk with the keyboard only: choose a role, load a practice scenario, move
 * through every step with the step list's arrow keys, copy the script, answer a question, tick
 * the checklist, open and close the glossary.
 */
import { expect, test } from './support/app-fixture'
import { GUIDED_STEPS, section, tabTo } from './support/guide-page'
import { openApp, stepButton } from './support/wizard-page'

test('every step, the script, a Cloud Sync answer and the checklist work by keyboard alone', async ({ page, main }) => {
  test.setTimeout(120_000)
  await openApp(page)

  await tabTo(page, page.getByRole('button', { name: /^Trainee/ }))
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('I am')).toHaveValue('trainee')
  await expect(page.getByRole('heading', { level: 2, name: 'Install details' })).toBeFocused()

  await tabTo(page, page.getByRole('button', { name: 'Practice', exact: true }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByRole('button', { name: 'Load: An old build that cannot switch staging mode' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Staging mode' })).toBeFocused()

  // Back to the step list, to its first step, then down through every step.
  await tabTo(page, stepButton(page, 'Staging mode'), 'Shift+Tab')
  await page.keyboard.press('Home')
  await expect(stepButton(page, 'Install details')).toBeFocused()
  for (const step of GUIDED_STEPS) {
    await page.keyboard.press('ArrowDown')
    await expect(stepButton(page, step.title)).toBeFocused()
    await page.keyboard.press('Enter')
    const heading = page.getByRole('heading', { level: 2, name: step.title })
    await expect(heading).toBeFocused()
    await page.getByRole('main').locator('[data-section], ul[aria-label="Findings"]').first().waitFor()

    if (step.title === 'Staging mode') {
      await tabTo(page, page.getByRole('button', { name: /Copy: the staging workaround script/ }))
      await page.keyboard.press('Enter')
      await expect.poll(() => main.copiedTexts.at(-1) ?? '').toContain('Enable-ADSyncToolsStagingMode')
    }
    if (step.title === 'Cloud Sync') {
      const group = section(page, 'cloud-sync-questions').getByRole('radiogroup', { name: /forests with no trust/ })
      await tabTo(page, group.getByRole('radio', { name: 'Not sure' }))
      await page.keyboard.press('ArrowLeft')
      await page.keyboard.press('ArrowLeft')
      await expect(group.getByRole('radio', { name: 'Yes' })).toBeChecked()
      await expect(section(page, 'cloud-sync-questions').locator('[data-question="connect.disconnectedForests"]')).toContainText('You answered: Yes.')
    }
    if (step.title === 'Summary') {
      const checklist = section(page, 'checklist')
      await tabTo(page, checklist.getByRole('checkbox', { name: 'Export the current configuration' }))
      await page.keyboard.press('Space')
      await tabTo(page, checklist.getByRole('checkbox', { name: 'Check the staging server' }))
      await page.keyboard.press('Space')
      await expect(checklist.getByRole('checkbox', { name: 'Export the current configuration' })).toBeChecked()
      await expect(checklist.getByRole('status')).toHaveText(/^2 of \d+ done$/)
      await page.keyboard.press('Space')
      await expect(checklist.getByRole('status')).toHaveText(/^1 of \d+ done$/)
    }
    // Back to the step list for the next step.
    await tabTo(page, stepButton(page, step.title), 'Shift+Tab')
  }

  await tabTo(page, page.getByRole('button', { name: 'Glossary' }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  const glossary = page.getByRole('dialog', { name: 'Glossary' })
  await expect(glossary).toBeVisible()
  await expect(glossary.getByRole('button', { name: 'Close the glossary' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(glossary).toBeHidden()
  await expect(page.getByRole('button', { name: 'Glossary' })).toBeFocused()
})
