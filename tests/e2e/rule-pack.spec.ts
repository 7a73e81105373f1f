/**
 * Rule packs in the app: the header's indicator shows the pack's age (out of date after 60 days),
 * a pack signed by an organisation's key is refused until that key is trusted (its fingerprint
 * shown first), then imported through main's dialog and used; *What changed* lists the new build.
 * Photographed at 1280×800; the open panel is axe-clean.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './support/app-fixture'
import { expectNoAxeViolations } from './support/axe'
import { openApp } from './support/wizard-page'
import { addDays, daysBetween } from '~shared/dates/iso-date'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { makeTestKey, packText, packWithExtraBuild, writePack, writePublicKey } from '../support/rule-pack-files'

const SHOTS = 'docs/screenshots'
// Today: 66 days after the built-in pack's facts were checked (out of date), 21 after the imported pack's (2027-01-20).
const TODAY = addDays(BUILT_IN_PACK.asOf, 66)
const BUILT_IN = BUILT_IN_PACK.version.replaceAll('.', '\\.')
const IMPORTED_AGE = daysBetween('2027-01-20', TODAY)
const panel = (page: Page) => page.getByRole('dialog', { name: 'Rule pack' })

test('imports a signed rule pack once its key is trusted, and shows what changed', async ({ page, main }) => {
  const key = makeTestKey()
  const packPath = await writePack(main.workFolder, 'rule-pack-2027.01.20.json', packText(packWithExtraBuild()), key)
  const keyPath = await writePublicKey(main.workFolder, 'contoso-rule-packs', key)
  main.setToday(TODAY)
  await openApp(page)

  const indicator = page.getByRole('button', { name: /^Rule pack / })
  await expect(indicator).toHaveText(new RegExp(`Rule pack ${BUILT_IN} · 66 days old\\s·\\smay be out of date`))
  await page.locator('header').screenshot({ path: `${SHOTS}/rule-pack-header.png` })

  await indicator.click()
  await expect(panel(page).getByText('The rules may be out of date')).toBeVisible()

  // Not trusted yet: refused with the reason, nothing changes.
  main.choosePath(packPath)
  await panel(page).getByRole('button', { name: 'Import rule pack…' }).click()
  await expect(panel(page).getByRole('status')).toContainText('the signature does not check out (no key is trusted yet)')
  await expect(indicator).toHaveText(new RegExp(`Rule pack ${BUILT_IN}`))

  // The key: its fingerprint is shown before it is trusted.
  main.choosePath(keyPath)
  await panel(page).getByRole('button', { name: 'Add trusted key…' }).click()
  await expect(panel(page).getByText('Trust the key contoso-rule-packs?')).toBeVisible()
  await panel(page).getByRole('button', { name: 'Trust this key' }).click()
  await expect(panel(page).getByRole('status')).toContainText('The key contoso-rule-packs is trusted')
  await expect(panel(page).getByRole('listitem').filter({ hasText: 'contoso-rule-packs (added on this computer)' })).toBeVisible()

  main.choosePath(packPath)
  await panel(page).getByRole('button', { name: 'Import rule pack…' }).click()
  await expect(panel(page).getByRole('status')).toContainText('Rule pack 2027.01.20 (facts as of 2027-01-20, signed by contoso-rule-packs) is verified and now in use.')
  await expect(indicator).toHaveText(`Rule pack 2027.01.20 · ${String(IMPORTED_AGE)} days old`)
  await expect(panel(page).getByText('The rules may be out of date')).toBeHidden()
  await page.screenshot({ path: `${SHOTS}/rule-pack-import.png` })

  const changed = panel(page).getByRole('region', { name: 'What changed' })
  await expect(changed.getByText('Build 2.6.99.0 added (released 1 Dec 2026, end of support none, documented)')).toBeVisible()
  await changed.getByText('Details').click()
  await expect(changed.getByText('added releases[2.6.99.0]')).toBeVisible()
  await changed.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/rule-pack-what-changed.png` })
  await expectNoAxeViolations(page)

  // The app keeps it: a reload starts from the built-in pack and main answers with the imported one.
  await page.reload()
  await expect(page.getByRole('button', { name: /^Rule pack / })).toHaveText(`Rule pack 2027.01.20 · ${String(IMPORTED_AGE)} days old`)
})
