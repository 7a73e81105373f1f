/**
 * No data leaves the machine: a whole walk (typed facts, an opened file, every step, a source link
 * click, a report export) makes no request outside the app's own files.
 */
import { expect, test } from './support/app-fixture'
import { findingCard, goToStep, openApp, versionInput } from './support/wizard-page'

const STEPS = ['Version and deadlines', 'Prerequisites', 'Auto-upgrade', 'Staging mode', 'Cloud Sync', 'Summary', 'Install details']

test('a full walk and a report export request nothing but the app’s own files', async ({ page, main, baseURL }) => {
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('websocket', (socket) => requests.push(socket.url()))
  await openApp(page)
  await versionInput(page).fill('2.4.27.0')
  main.chooseFile('AADC01.json')
  await page.getByRole('button', { name: /Open install-details file/ }).click()
  await expect(page.getByText(/Loaded AADC01\.json/)).toBeVisible()
  for (const step of STEPS) {
    await goToStep(page, step)
  }
  await goToStep(page, 'Version and deadlines')
  await findingCard(page, 'version/sync-stop-2026').getByRole('link').first().click()
  await expect.poll(() => main.openedUrls.length).toBe(1)
  await goToStep(page, 'Summary')
  main.chooseSaveFile('report.html')
  await page.getByRole('button', { name: 'Export report…' }).click()
  await expect(page.getByText('Report saved as report.html.')).toBeVisible()
  expect(await main.savedFileText('report.html')).toContain('AADC01')

  expect(requests.length).toBeGreaterThan(0)
  expect(requests.filter((url) => !url.startsWith(`${baseURL}/`) && !url.startsWith('data:'))).toEqual([])
})
