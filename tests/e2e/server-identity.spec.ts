/**
 * Servers told apart by more than their short name: eight saved assessments of servers all named
 * AADC01 (five told apart by their FQDN, three by their customer) are eight rows in the Fleet and
 * eight placeholders in its redacted report, while two runs of one server still fold into one row.
 * Two runs known only by their name are asked about ("Same server, later run?"), and the answer
 * survives a reload. A second collector file of another server opened into an assessment is
 * recognised instead of raising a conflict per field. The Fleet of eight is photographed.
 */
import { promises as fsp } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test, type MainHarness } from './support/app-fixture'
import { inputsTable, openThroughDialog } from './support/install-details-page'
import { openApp } from './support/wizard-page'

const matrixTable = (page: Page) => page.getByRole('table', { name: 'Servers by urgency' })

interface Seed {
  readonly name: string
  readonly customer?: string
  readonly fqdn?: string
  readonly version: string
  readonly updatedAt: string
}

let counter = 0

/** Writes saved assessments straight into this test's store folder, as main would have saved them. */
async function seed(main: MainHarness, seeds: readonly Seed[]): Promise<string[]> {
  const folder = join(dirname(main.workFolder), 'assessments')
  await fsp.mkdir(folder, { recursive: true })
  const ids: string[] = []
  for (const entry of seeds) {
    counter += 1
    const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`
    ids.push(id)
    const facts = [
      { path: 'server.name', value: 'AADC01' },
      ...(entry.fqdn === undefined ? [] : [{ path: 'server.fqdn', value: entry.fqdn }]),
      { path: 'connect.version', value: entry.version },
    ]
    const assessment = {
      kind: 'entra-connect-assessment',
      schemaVersion: 2,
      id,
      name: entry.name,
      customer: entry.customer ?? '',
      serverName: 'AADC01',
      inputs: [{ source: `${entry.name}.json`, format: 'install-details-json', facts }],
      answers: {},
      asOf: null,
      notes: '',
      createdAt: entry.updatedAt,
      updatedAt: entry.updatedAt,
    }
    await fsp.writeFile(join(folder, `${id}.json`), JSON.stringify(assessment, null, 2))
  }
  return ids
}

async function openFleet(page: Page): Promise<void> {
  await openApp(page)
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('button', { name: 'Fleet' }).click()
  await expect(page.getByTestId('fleet-summary')).toBeVisible()
}

const EIGHT: readonly Seed[] = [
  { name: 'Contoso sync', fqdn: 'aadc01.contoso.com', version: '2.4.27.0', updatedAt: '2026-10-01T09:00:00.000Z' },
  { name: 'Fabrikam sync', fqdn: 'aadc01.fabrikam.com', version: '2.4.27.0', updatedAt: '2026-10-02T09:00:00.000Z' },
  { name: 'Northwind sync', fqdn: 'aadc01.northwind.com', version: '2.5.79.0', updatedAt: '2026-10-03T09:00:00.000Z' },
  { name: 'Tailspin sync', fqdn: 'aadc01.tailspin.com', version: '2.5.190.0', updatedAt: '2026-10-04T09:00:00.000Z' },
  { name: 'Wingtip sync', fqdn: 'aadc01.wingtip.com', version: '2.6.92.0', updatedAt: '2026-10-05T09:00:00.000Z' },
  { name: 'Adatum sync', customer: 'Adatum', version: '2.4.27.0', updatedAt: '2026-10-06T09:00:00.000Z' },
  { name: 'Litware sync', customer: 'Litware', version: '2.5.190.0', updatedAt: '2026-10-07T09:00:00.000Z' },
  { name: 'Proseware sync', customer: 'Proseware', version: '2.6.92.0', updatedAt: '2026-10-08T09:00:00.000Z' },
  // A later run of the Contoso server (its FQDN in another letter case): folds into its row.
  { name: 'Contoso sync after upgrade', fqdn: 'AADC01.Contoso.com', version: '2.6.92.0', updatedAt: '2026-11-20T09:00:00.000Z' },
]

test('eight servers named AADC01 are eight rows and eight placeholders; two runs of one server are one row', async ({ page, main }) => {
  test.setTimeout(120_000)
  await seed(main, EIGHT)
  await openFleet(page)
  await expect(page.getByTestId('fleet-summary')).toHaveText(/^8 servers as of /)
  await expect(matrixTable(page).locator('tbody tr')).toHaveCount(8)
  const contoso = matrixTable(page).locator('tbody tr').filter({ hasText: 'Contoso sync after upgrade' })
  await expect(contoso).toContainText('newest of 2 runs')
  await expect(matrixTable(page)).toContainText('aadc01.fabrikam.com')
  await expect(matrixTable(page)).toContainText('Litware')
  await expect(page.locator('[data-section="fleet-same-server"]')).toHaveCount(0)

  for (const size of [
    { width: 1280, height: 800, file: 'fleet-eight-servers-1280x800.png' },
    { width: 1024, height: 700, file: 'fleet-eight-servers-1024x700.png' },
  ]) {
    await page.setViewportSize({ width: size.width, height: size.height })
    await matrixTable(page).scrollIntoViewIfNeeded()
    await page.screenshot({ path: `docs/screenshots/${size.file}` })
  }
  await page.setViewportSize({ width: 1280, height: 800 })

  const card = page.locator('[data-section="fleet-export"]')
  await card.getByLabel('Format').selectOption({ label: 'CSV' })
  await card.getByRole('checkbox', { name: 'Replace names with placeholders' }).check()
  main.chooseSaveFile('eight.csv')
  await card.getByRole('button', { name: 'Export fleet report…' }).click()
  await expect(card.getByRole('status')).toHaveText('Fleet report of 8 servers saved as eight.csv.')
  const csv = await main.savedFileText('eight.csv')
  expect(csv.toLowerCase()).not.toContain('aadc01')
  const placeholders = new Set(csv.match(/\bSERVER-\d+\b/g) ?? [])
  expect([...placeholders].sort()).toEqual(['SERVER-1', 'SERVER-2', 'SERVER-3', 'SERVER-4', 'SERVER-5', 'SERVER-6', 'SERVER-7', 'SERVER-8'])
})

test('two runs known only by their name are asked about, and the answer survives a reload', async ({ page, main }) => {
  await seed(main, [
    { name: 'AADC01 before', version: '2.4.27.0', updatedAt: '2026-10-01T09:00:00.000Z' },
    { name: 'AADC01 after', version: '2.6.92.0', updatedAt: '2026-11-01T09:00:00.000Z' },
  ])
  await openFleet(page)
  await expect(matrixTable(page).locator('tbody tr')).toHaveCount(2)
  const notice = page.getByTestId('fleet-repeats-notice')
  await notice.getByRole('button', { name: 'Review 1 possible repeat' }).click()
  const question = page.locator('[data-section="fleet-same-server"]')
  // One question, about the newer run; each run named by what it has (no customer, its version, verdict and save time).
  await expect(question.locator('li')).toHaveCount(1)
  await expect(question.locator('legend')).toHaveText(/^“AADC01 after” \(AADC01, no customer, 2\.6\.92\.0, [a-z ]+, saved 1 Nov 2026, \d\d:\d\d\) may be a later run of this server, or a different server:$/)
  await expect(question).toContainText('Only its server name AADC01 is saved: it has no customer, full computer name or tenant')
  const save = question.getByRole('button', { name: 'Save answer' })
  await expect(save).toBeDisabled()
  await question.getByRole('radio', { name: /^Same server: “AADC01 before”: no customer, AADC01, 2\.4\.27\.0, critical, saved 1 Oct 2026, / }).check()
  await save.click()
  await expect(matrixTable(page).locator('tbody tr')).toHaveCount(1)
  await expect(matrixTable(page)).toContainText('newest of 2 runs')
  await expect(question).toHaveCount(0)

  await page.reload()
  await openFleet(page)
  await expect(matrixTable(page).locator('tbody tr')).toHaveCount(1)
  await expect(page.locator('[data-section="fleet-same-server"]')).toHaveCount(0)
  await expect(page.getByTestId('fleet-repeats-notice')).toHaveCount(0)
})

test('a run without a customer is asked about once, naming every customer’s server it may be; “a different server” keeps the rows', async ({ page, main }) => {
  await seed(main, [
    { name: 'AADC01', customer: 'Contoso Pharma', version: '2.5.79.0', updatedAt: '2026-10-01T09:00:00.000Z' },
    { name: 'AADC01', customer: 'Fabrikam Retail', version: '1.6.16.0', updatedAt: '2026-10-02T09:00:00.000Z' },
    { name: 'AADC01', customer: 'Northwind Traders', version: '2.3.20.0', updatedAt: '2026-10-03T09:00:00.000Z' },
    { name: 'AADC01', version: '2.4.27.0', updatedAt: '2026-11-01T09:00:00.000Z' },
  ])
  await openFleet(page)
  await expect(matrixTable(page).locator('tbody tr')).toHaveCount(4)
  await page.getByTestId('fleet-repeats-notice').getByRole('button', { name: 'Review 1 possible repeat' }).click()
  const question = page.locator('[data-section="fleet-same-server"]')
  await expect(question.locator('li')).toHaveCount(1)
  await expect(question.locator('legend')).toHaveText(/^AADC01 \(no customer, 2\.4\.27\.0, critical, saved 1 Nov 2026, \d\d:\d\d\) may be a later run of one of these 3 servers, or a different server:$/)
  // Newest first, each told apart by its customer; the no-customer wording is said of the asked run only.
  const choices = await question.getByRole('radio').evaluateAll((radios) => radios.map((radio) => radio.closest('span, div')?.textContent ?? ''))
  expect(choices.map((text) => text.replace(/, saved .*$/, ''))).toEqual([
    'Same server: Northwind Traders, AADC01, 2.3.20.0, critical',
    'Same server: Fabrikam Retail, AADC01, 1.6.16.0, critical',
    expect.stringMatching(/^Same server: Contoso Pharma, AADC01, 2\.5\.79\.0, /),
    'A different server: keep it as its own row',
  ])
  await question.getByRole('radio', { name: 'A different server: keep it as its own row' }).check()
  await question.getByRole('button', { name: 'Save answer' }).click()
  await expect(question).toHaveCount(0)
  await expect(matrixTable(page).locator('tbody tr')).toHaveCount(4)
})

test('a collector file of another server opened into an assessment is recognised, and gets its own assessment', async ({ page, main }) => {
  await openApp(page)
  main.chooseFile('AADC01.json')
  await openThroughDialog(page)
  await expect(inputsTable(page)).toContainText('AADC01.json')
  main.chooseFile('AADC02-staging.json')
  await openThroughDialog(page)
  const prompt = page.getByText('This file is from another server (AADC02, not AADC01).')
  await expect(prompt).toBeVisible()
  await expect(inputsTable(page)).not.toContainText('AADC02-staging.json')
  await page.getByRole('button', { name: 'New assessment for AADC02' }).click()
  await expect(prompt).toBeHidden()
  await expect(inputsTable(page)).toContainText('AADC02-staging.json')
  await expect(inputsTable(page)).not.toContainText('AADC01.json')
})
