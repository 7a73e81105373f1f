/**
 * The "Your customizations" card: a customized server's collector output opened through main's
 * dialog shows, for each route, what it keeps and loses, with the commands that export what would
 * be lost; a default express install shows nothing lost.
 */
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './support/app-fixture'
import { openThroughDialog } from './support/install-details-page'
import { goToStep, openApp } from './support/wizard-page'

test.describe('your customizations', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page)
  })

  test('a customized server: each route with what it loses, and the exports', async ({ page, main }) => {
    main.chooseFixture('collector/customized-collector-output.json')
    await openThroughDialog(page)
    await expect(page.getByText(/^Loaded customized-collector-output\.json/)).toBeVisible()
    await goToStep(page, 'Staging mode')
    const card = page.locator('[data-section="customizations"]')
    await expect(card.getByRole('heading', { name: 'Your customizations' })).toBeVisible()
    const inPlace = card.getByRole('region', { name: 'In-place upgrade' })
    await expect(inPlace.getByRole('list', { name: 'Loses or needs work' })).toContainText('miiserver.exe.config was modified')
    await expect(inPlace.getByRole('list', { name: 'Keeps' })).toContainText('Accidental-delete prevention on')
    const swing = card.getByRole('region', { name: 'Swing migration (a new server)' })
    await expect(swing.getByRole('list', { name: 'Loses or needs work' })).toContainText('miiserver.exe.config was modified')
    // The sync rules and connectors are lists: they reach the rules in the app too, so the
    // findings that read them are findings, not unknown.
    await expect(inPlace.getByRole('list', { name: 'Loses or needs work' })).toContainText('Modified default rules: "In from AD - User Join"')
    await expect(swing.getByRole('list', { name: 'Loses or needs work' })).toContainText('Custom sync rules outside precedence 0-99')
    const tool = card.getByRole('region', { name: 'Guided Cloud Sync migration tool' })
    await expect(tool.getByText(/The guided migration tool cannot move this server \(6 custom sync rules\)/)).toBeVisible()
    await expect(card.getByRole('list', { name: 'Not known' }).filter({ hasText: /sync rules|default rules|precedence/i })).toHaveCount(0)
    await expect(card.getByRole('list', { name: 'Export before you start' })).toContainText('Get-ADSyncServerConfiguration')
    await card.scrollIntoViewIfNeeded()
    await card.screenshot({ path: 'docs/screenshots/customizations.png' })
  })

  test('a default express install loses nothing', async ({ page, main }) => {
    main.chooseFixture('collector/express-default-collector-output.json')
    await openThroughDialog(page)
    await goToStep(page, 'Staging mode')
    const card = page.locator('[data-section="customizations"]')
    await expect(card.getByText(/Nothing this server is known to use is lost by any route/)).toBeVisible()
    await expect(card.getByRole('list', { name: 'Loses or needs work' })).toHaveCount(0)
  })

  test('a server-configuration export folder opened through main: its OU filter reaches the Cloud Sync tool route', async ({ page, main }) => {
    // The express server with the tool's other limits known, so the folder's OU filter decides the route.
    const express = JSON.parse(await fsp.readFile('tests/fixtures/collector/express-default-collector-output.json', 'utf8')) as { connect: Record<string, unknown> }
    express.connect.cloud = 'commercial'
    express.connect.metaverseObjectCount = 1500
    const path = join(main.workFolder, 'express-known.json')
    await fsp.writeFile(path, JSON.stringify(express))
    main.choosePath(path)
    await openThroughDialog(page)
    await goToStep(page, 'Staging mode')
    const card = page.locator('[data-section="customizations"]')
    const tool = card.getByRole('region', { name: 'Guided Cloud Sync migration tool' })
    await expect(tool.getByRole('list', { name: 'Keeps' })).toContainText('Guided Cloud Sync migration tool')
    await expect(tool.getByRole('list', { name: 'Loses or needs work' })).toHaveCount(0)
    await goToStep(page, 'Install details')
    main.chooseFolderFixture('customizations/server-configuration')
    await page.getByRole('button', { name: 'Open server-configuration folder…' }).click()
    await expect(page.getByText(/^Loaded server-configuration/)).toBeVisible()
    await goToStep(page, 'Staging mode')
    await expect(tool.getByRole('list', { name: 'Loses or needs work' })).toContainText('The guided migration tool fits after changes: OU exclusions (the tool only adds OUs).')
  })

  test('a folder that is not an export is named, and nothing is lost', async ({ page, main }) => {
    main.chooseFixture('collector/express-default-collector-output.json')
    await openThroughDialog(page)
    main.chooseFolderFixture('text-forms')
    await page.getByRole('button', { name: 'Open server-configuration folder…' }).click()
    await expect(page.getByText(/text-forms: this folder is not a Get-ADSyncServerConfiguration export: it has no Connectors folder/)).toBeVisible()
    await expect(page.getByText(/^Loaded express-default-collector-output\.json/)).toBeVisible()
  })

  for (const size of [
    { name: '1280x800', width: 1280, height: 800 },
    { name: '1024x700', width: 1024, height: 700 },
  ]) {
    test(`screenshots at ${size.name}: the customizations card and the checklist's customization steps`, async ({ page, main }) => {
      test.setTimeout(90_000)
      await page.setViewportSize({ width: size.width, height: size.height })
      main.chooseFixture('collector/customized-collector-output.json')
      await openThroughDialog(page)
      await goToStep(page, 'Staging mode')
      const card = page.locator('[data-section="customizations"]')
      await expect(card.getByRole('list', { name: 'Loses or needs work' }).first()).toBeVisible()
      await card.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `docs/screenshots/customizations-${size.name}.png` })
      await goToStep(page, 'Summary')
      const checklist = page.locator('[data-section="checklist"]')
      await expect(checklist).toContainText('Export the custom sync rules')
      await expect(checklist).toContainText('Make your miiserver.exe.config changes again')
      await checklist.getByText('Export the custom sync rules').scrollIntoViewIfNeeded()
      await page.screenshot({ path: `docs/screenshots/customizations-plan-${size.name}.png` })
    })
  }
})
