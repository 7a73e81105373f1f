import { expect, test } from './support/app-fixture'
import { expectNoAxeViolations } from './support/axe'
import { expandFormGroup, inputsTable, openThroughDialog, pasteText } from './support/install-details-page'
import { expandFinding, findingCard, goToStep, openApp, versionInput } from './support/wizard-page'

const SCHEDULER_OUTPUT = `
AllowedSyncCycleInterval            : 00:30:00
CurrentlyEffectiveSyncCycleInterval : 00:30:00
NextSyncCyclePolicyType             : Delta
SyncCycleEnabled                    : False
StagingModeEnabled                  : False
SchedulerSuspended                  : False
`

/** Each text form of the contract: the finding it changes and the evidence row that shows where from. */
const TEXT_FORMS = [
  { file: 'get-adsyncscheduler.txt', format: 'Get-ADSyncScheduler output', step: 'Staging mode', ruleId: 'staging/scheduler', status: 'Warning', row: /Sync cycle on false get-adsyncscheduler\.txt line 8/ },
  { file: 'get-adsyncautoupgrade.txt', format: 'Get-ADSyncAutoUpgrade output', step: 'Auto-upgrade', ruleId: 'autoupgrade/state', status: 'Pass', row: /Auto-upgrade state Enabled get-adsyncautoupgrade\.txt line 1/ },
  { file: 'get-adsyncautoupgrade-detail.txt', format: 'Get-ADSyncAutoUpgrade output', step: 'Auto-upgrade', ruleId: 'autoupgrade/state', status: 'Warning', row: /Auto-upgrade state Suspended get-adsyncautoupgrade-detail\.txt line 4/ },
  { file: 'get-adsyncglobalsettings.txt', format: '(Get-ADSyncGlobalSettings).Parameters output', step: 'Auto-upgrade', ruleId: 'autoupgrade/state', status: 'Warning', row: /Auto-upgrade state Suspended get-adsyncglobalsettings\.txt line 9/ },
  { file: 'reg-query-dotnet-tls.txt', format: 'reg query output', step: 'Prerequisites', ruleId: 'prereq/dotnet', status: 'Pass', row: /\.NET Framework release 528372 reg-query-dotnet-tls\.txt line 6/ },
  { file: 'psversiontable.txt', format: '$PSVersionTable output', step: 'Prerequisites', ruleId: 'prereq/powershell', status: 'Pass', row: /Windows PowerShell version 5\.1\.17763\.6189 psversiontable\.txt line 4/ },
  { file: 'psversiontable-core.txt', format: '$PSVersionTable output', step: 'Prerequisites', ruleId: 'prereq/powershell', status: 'Unknown', row: /Windows PowerShell version 7\.4\.6 psversiontable-core\.txt line 3/ },
] as const

test.beforeEach(async ({ page }) => {
  await openApp(page)
})

for (const form of TEXT_FORMS) {
  test(`${form.file} is read as ${form.format} and changes ${form.ruleId}`, async ({ page, main }) => {
    await goToStep(page, form.step)
    await expandFinding(page, form.ruleId)
    await expect(findingCard(page, form.ruleId).getByRole('row', { name: /not provided/ }).first()).toBeVisible()
    await goToStep(page, 'Install details')
    main.chooseFixture(`text-forms/${form.file}`)
    await openThroughDialog(page)
    await expect(inputsTable(page).getByRole('row', { name: new RegExp(`^${form.file.replace('.', '\\.')}`) })).toContainText(`${form.format} (opened)`)
    await goToStep(page, form.step)
    await expandFinding(page, form.ruleId)
    const card = findingCard(page, form.ruleId)
    await expect(card.getByText(form.status, { exact: true })).toBeVisible()
    await expect(card.getByRole('row', { name: form.row })).toBeVisible()
  })
}

test('a contract-format file is read whole and is the source of every finding’s evidence', async ({ page, main }) => {
  main.chooseFile('AADC01.json')
  await openThroughDialog(page)
  await expect(inputsTable(page).getByRole('row', { name: /^AADC01\.json/ })).toContainText('install-details JSON (opened)')
  await goToStep(page, 'Version and deadlines')
  await expect(findingCard(page, 'version/sync-stop-2026').getByText('Fail', { exact: true })).toBeVisible()
})

test('a UTF-16LE file (what Out-File writes) is read', async ({ page, main }) => {
  main.chooseFixture('files/aadc02-utf16le.json')
  await openThroughDialog(page)
  await expect(page.getByText(/^Loaded aadc02-utf16le\.json \(server AADC02\)/)).toBeVisible()
  await expect(versionInput(page)).not.toHaveValue('')
})

test('pasted Get-ADSyncScheduler output is read and changes the staging findings', async ({ page }) => {
  await pasteText(page, SCHEDULER_OUTPUT)
  await expect(inputsTable(page).getByRole('row', { name: /^pasted text/ })).toContainText('Get-ADSyncScheduler output (pasted)')
  await expect(page.getByLabel('Command output or install-details JSON')).toHaveValue('')
  await goToStep(page, 'Staging mode')
  const card = findingCard(page, 'staging/scheduler')
  await expect(card.getByText('Warning', { exact: true })).toBeVisible()
  await expect(card.getByRole('row', { name: /Sync cycle on false pasted text line 5/ })).toBeVisible()
})

test('conflicting inputs are shown side by side, and choosing one changes the evidence', async ({ page, main }) => {
  main.chooseFile('AADC01.json')
  await openThroughDialog(page)
  main.chooseFile('AADC01-later-export.json')
  await openThroughDialog(page)
  const values = page.getByRole('group', { name: 'Values for Entra Connect version' })
  await expect(values).toContainText('2.4.27.0from AADC01.json')
  await expect(values).toContainText('2.5.79.0from AADC01-later-export.jsonIn use: later input')
  await goToStep(page, 'Version and deadlines')
  await expandFinding(page, 'version/sync-stop-2026')
  const card = findingCard(page, 'version/sync-stop-2026')
  await expect(card.getByText('Pass', { exact: true })).toBeVisible()
  await expect(card.getByRole('row', { name: /2\.5\.79\.0 AADC01-later-export\.json \(unconfirmed: the inputs disagree\)/ })).toBeVisible()
  await goToStep(page, 'Install details')
  await values.getByRole('button', { name: 'Use this value (2.4.27.0, from AADC01.json) for Entra Connect version' }).click()
  await expect(values).toContainText('In use: your choice')
  await goToStep(page, 'Version and deadlines')
  await expect(card.getByText('Fail', { exact: true })).toBeVisible()
  await expect(card.getByRole('row', { name: /Entra Connect version 2\.4\.27\.0 AADC01\.json \(chosen by you\)/ })).toBeVisible()
})

test('removing an input merges again without it', async ({ page, main }) => {
  main.chooseFile('AADC01.json')
  await openThroughDialog(page)
  await pasteText(page, SCHEDULER_OUTPUT)
  await page.getByRole('button', { name: 'Remove pasted text' }).click()
  await expect(inputsTable(page).getByRole('row', { name: /^pasted text/ })).toHaveCount(0)
  await expect(page.getByText('The inputs disagree', { exact: false })).toHaveCount(0)
})

test('the form has every group, validates as you type, and keeps its layout while typing', async ({ page }) => {
  for (const group of ['Server & OS', 'Prerequisites', 'Auto-upgrade', 'Staging & scheduler', 'Database', 'Sign-in & identity', 'Features', 'Sizes']) {
    await expandFormGroup(page, group)
  }
  await page.getByLabel('.NET Framework version').selectOption({ label: '4.8 (528040+)' })
  await expect(page.getByLabel('.NET Framework release')).toHaveValue('528040')
  // The field in the next row keeps its distance from the one being typed in.
  const below = page.getByLabel('Installed with')
  const gap = async () => ((await below.boundingBox())?.y ?? 0) - ((await versionInput(page).boundingBox())?.y ?? 0)
  const before = await gap()
  await versionInput(page).fill('2.4')
  await expect(page.getByText('Enter all four parts, such as 2.4.27.0.')).toBeVisible()
  expect(await gap()).toBe(before)
  await versionInput(page).fill('2.4.27.0')
  expect(await gap()).toBe(before)
  await page.getByLabel('Forests', { exact: true }).fill('two')
  await expect(page.getByText('Enter a whole number such as 1.')).toBeVisible()
})

test('the step with several inputs and a conflict has no axe violations; screenshot', async ({ page, main }) => {
  main.chooseFile('AADC01.json')
  await openThroughDialog(page)
  await pasteText(page, SCHEDULER_OUTPUT)
  main.chooseFixture('text-forms/psversiontable.txt')
  await openThroughDialog(page)
  await page.getByRole('button', { name: 'Paste text', exact: true }).click()
  await expect(page.getByRole('group', { name: 'Values for Sync cycle on' })).toBeVisible()
  await expectNoAxeViolations(page)
  // Strings, because the e2e files are type-checked without the DOM lib.
  await page.evaluate(`document.querySelector('[data-section="ways-in"]').scrollIntoView({ block: 'start' })`)
  await page.screenshot({ path: 'docs/screenshots/install-details-inputs.png' })
  await page.evaluate(`document.querySelector('[data-section="form"]').scrollIntoView({ block: 'start' })`)
  await page.screenshot({ path: 'docs/screenshots/install-details-form.png' })
})
