/**
 * The five screens an admin, a consultant and a trainee meet first, photographed at 1280×800 and
 * 1024×700 for review: right after a 2.4.27.0 collector file loads, the version step, the
 * summary, the Assessments panel with eight saved AADC01 servers of several customers, and the
 * Fleet. `SCREENSHOT_PHASE=before` names the files `before-…`; by default they are `after-…`.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './support/app-fixture'
import { openThroughDialog } from './support/install-details-page'
import { goToStep, openApp } from './support/wizard-page'

/** The Fleet's line for the walk's server and the four customers' newest runs; the same on every run. */
const FLEET_SUMMARY = '5 servers as of 26 Nov 2026: 4 critical, 1 action required, 0 incomplete, 0 ready; 0 staging warnings.'

const PHASE = process.env.SCREENSHOT_PHASE === 'before' ? 'before' : 'after'
const SIZES = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1024x700', width: 1024, height: 700 },
] as const

test('after a file loads at 200% zoom (640×400 CSS px) the headline and its button are on screen', async ({ page, main }) => {
  await page.setViewportSize({ width: 640, height: 400 })
  await openApp(page)
  main.chooseFixture('collector/aadc01-collector-output.json')
  await openThroughDialog(page)
  const headline = page.getByTestId('server-headline')
  await expect(headline.getByRole('button', { name: 'Open the upgrade plan' })).toBeVisible()
  await headline.scrollIntoViewIfNeeded()
  await shot(page, 'loaded', '640x400-zoom200')
})

/** Eight servers called AADC01 at four customers, on builds from V1 to current. */
const SERVERS = [
  { customer: 'Contoso Pharma', version: '2.4.27.0' },
  { customer: 'Contoso Pharma', version: '2.5.79.0' },
  { customer: 'Fabrikam Retail', version: '2.4.18.0' },
  { customer: 'Fabrikam Retail', version: '1.6.16.0' },
  { customer: 'Northwind Traders', version: '2.6.92.0' },
  { customer: 'Northwind Traders', version: '2.3.20.0' },
  { customer: 'Tailspin Toys', version: '2.4.129.0' },
  { customer: 'Tailspin Toys', version: '2.5.190.0' },
] as const

async function shot(page: Page, screen: string, size: string, fullPage = false): Promise<void> {
  await expectNoSidewaysScroll(page)
  await page.screenshot({ path: `docs/screenshots/answer-first/${PHASE}-${screen}-${size}.png`, fullPage })
}

/**
 * Nothing on the screen is wider than its pane: the page and each scrolling pane fit the window's
 * width, and no element outside a box that scrolls on its own reaches past the window's right edge.
 */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  // A string, because the e2e files have no DOM types.
  const overflowing = await page.evaluate<string[]>(`[document.documentElement, ...document.querySelectorAll('main, main > div, main section')]
    .filter((element) => element.scrollWidth > element.clientWidth + 1)
    .map((element) => element.tagName.toLowerCase() + (element.dataset?.section ? '[' + element.dataset.section + ']' : '') + ': ' + element.scrollWidth + ' > ' + element.clientWidth)`)
  expect(overflowing).toEqual([])
  const pastTheEdge = await page.evaluate<string[]>(`[...document.querySelectorAll('body *')]
    .filter((element) => element.getBoundingClientRect().right > innerWidth + 1)
    .filter((element) => {
      for (let box = element.parentElement; box !== null && box !== document.body; box = box.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(box).overflowX) && box.tagName !== 'MAIN') return false
      }
      return true
    })
    .map((element) => element.tagName.toLowerCase() + ': right ' + Math.round(element.getBoundingClientRect().right) + ' > ' + innerWidth)`)
  expect(pastTheEdge).toEqual([])
}

/**
 * Saves the eight servers through main's real store. The test's save clock (set before the app
 * opens) stamps them one minute apart, in this order, so the later of each customer's two runs is
 * its newest and the Fleet's counts are the same on every run.
 */
async function saveEightServers(page: Page): Promise<void> {
  for (const server of SERVERS) {
    const saved = await page.evaluate(async ({ customer, version }) => {
      const api = (globalThis as unknown as { api: { assessments: { save(draft: unknown): Promise<{ ok: boolean }> } } }).api
      return api.assessments.save({
        name: 'AADC01',
        customer,
        serverName: 'AADC01',
        inputs: [
          {
            source: `${customer.split(' ')[0]}-AADC01.json`,
            format: 'install-details-json',
            facts: [
              { path: 'server.name', value: 'AADC01' },
              { path: 'connect.version', value: version },
            ],
          },
        ],
        answers: {},
        asOf: null,
        notes: '',
      })
    }, server)
    expect(saved.ok).toBe(true)
  }
}

for (const size of SIZES) {
  test(`the first screens at ${size.name}`, async ({ page, main }) => {
    test.setTimeout(90_000)
    await page.setViewportSize({ width: size.width, height: size.height })
    main.stepSaveClock('2026-12-07T09:00:00.000Z')
    await openApp(page)
    main.chooseFixture('collector/aadc01-collector-output.json')
    await openThroughDialog(page)
    await expect(page.getByText('aadc01-collector-output.json').first()).toBeVisible()
    await page.waitForTimeout(500)
    await shot(page, 'loaded', size.name)

    await goToStep(page, 'Version and deadlines')
    await page.locator('article[data-rule-id]').first().waitFor()
    await shot(page, 'version', size.name, true)
    await goToStep(page, 'Summary')
    await page.locator('[data-section="checklist"]').waitFor()
    await shot(page, 'summary', size.name, true)

    // The open walk's own save lands first: it is the oldest run, whatever the machine's speed.
    await expect(page.getByTestId('save-status')).toHaveText(/^Saved /)
    await saveEightServers(page)
    await page.getByRole('button', { name: 'Assessments', exact: true }).click()
    await expect(page.getByRole('dialog')).toContainText('Tailspin Toys')
    await shot(page, 'assessments', size.name)
    await page.keyboard.press('Escape')

    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Fleet' }).click()
    // The walk's server (2.4.27.0, no customer) and the newest run of each customer's AADC01.
    await expect(page.getByTestId('fleet-summary')).toHaveText(FLEET_SUMMARY)
    const table = page.getByRole('table', { name: 'Servers by urgency' })
    await expect(table.locator('tbody tr')).toHaveCount(5)
    // The question about the walk's run waits behind one line; the table is on the first screen.
    const notice = page.getByTestId('fleet-repeats-notice')
    await expect(notice).toHaveText(/^One saved run may be another run of a server already listed\.\s*Review 1 possible repeat$/)
    await expect(page.locator('[data-section="fleet-same-server"]')).toHaveCount(0)
    await expect(table.locator('tbody tr').first()).toBeInViewport()
    await page.waitForTimeout(500)
    await shot(page, 'fleet', size.name)

    await notice.getByRole('button', { name: 'Review 1 possible repeat' }).click()
    const question = page.locator('[data-section="fleet-same-server"]')
    await expect(question.locator('li')).toHaveCount(1)
    await expect(question.locator('legend')).toHaveText(/^AADC01 \(no customer, 2\.4\.27\.0, critical, saved 7 Dec 2026, \d\d:\d\d\) may be an earlier run of one of these 4 servers, or a different server:$/)
    await expect(question.getByRole('radio')).toHaveCount(5)
    for (const customer of ['Contoso Pharma', 'Fabrikam Retail', 'Northwind Traders', 'Tailspin Toys']) {
      await expect(question.getByRole('radio', { name: new RegExp(`^Same server: ${customer}, AADC01, `) })).toHaveCount(1)
    }
    await question.scrollIntoViewIfNeeded()
    await shot(page, 'fleet-repeat-question', size.name)
  })
}
