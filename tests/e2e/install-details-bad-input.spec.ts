import { expect, test } from './support/app-fixture'
import { dropFile, importError, inputsTable, openThroughDialog, pasteText } from './support/install-details-page'
import { openApp, versionInput } from './support/wizard-page'

test.beforeEach(async ({ page }) => {
  await openApp(page)
  await versionInput(page).fill('2.5.79.0')
})

test.afterEach(async ({ page }) => {
  // Whatever went wrong, what was entered before is kept.
  await expect(versionInput(page)).toHaveValue('2.5.79.0')
  await expect(inputsTable(page).getByRole('row', { name: /^typed in/ })).toBeVisible()
})

test('an oversized dropped file is refused at once, with its size and the limit', async ({ page }) => {
  await dropFile(page, { name: 'huge-export.json', size: 6 * 1024 * 1024 })
  await expect(importError(page)).toContainText('huge-export.json: the file is 6 MB, over the 5 MB limit for install details.')
  await expect(importError(page)).toContainText('Everything entered before is kept.')
})

test('a binary file is refused as not text', async ({ page, main }) => {
  main.chooseFixture('files/binary.bin')
  await openThroughDialog(page)
  await expect(importError(page)).toContainText('binary.bin: it contains binary data')
  await expect(importError(page)).toContainText('Choose the install-details JSON file that the collector wrote or this app saved.')
})

test('a truncated JSON file says it ends early and to export it again', async ({ page }) => {
  await dropFile(page, { name: 'AADC02.json', text: '{ "kind": "entra-connect-install-details", "schemaVersion": 1, "connect": { "vers' })
  await expect(importError(page)).toContainText('AADC02.json: the JSON ends early (the file looks truncated or empty). Export it again from the collector.')
})

test('a file of the wrong kind names the kind it found', async ({ page, main }) => {
  main.chooseFixture('files/wrong-kind.json')
  await openThroughDialog(page)
  await expect(importError(page)).toContainText('wrong-kind.json: "kind" is "entra-connect-assessment"; expected "entra-connect-install-details".')
})

test('a newer schema version says which one this app reads', async ({ page, main }) => {
  main.chooseFile('AADC03-schema-v2.json')
  await openThroughDialog(page)
  await expect(importError(page)).toContainText('AADC03-schema-v2.json: "schemaVersion" is 2; this version of the app reads schemaVersion 1.')
})

test('text in no known format lists what the app reads, for a file and for pasted text', async ({ page, main }) => {
  main.chooseFile('meeting-notes.txt')
  await openThroughDialog(page)
  await expect(importError(page)).toContainText('meeting-notes.txt: this is not a format the app reads. Expected an install-details JSON file')
  await pasteText(page, 'hello from the help desk')
  await expect(importError(page)).toContainText('pasted text: this is not a format the app reads.')
})
