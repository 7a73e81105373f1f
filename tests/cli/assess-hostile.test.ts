/**
 * The command line over hostile files: one bad file is reported by name and never stops the
 * others being assessed.
 */
import fsp from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { useTempFolder } from '../mocks/temp-folder'
import { runCliForTest as run } from '../support/run-cli'

const FILES = `${relative(process.cwd(), fileURLToPath(new URL('../fixtures/files/', import.meta.url)))}/`
const AADC01 = `${FILES}aadc01.json`
const tempFolder = useTempFolder('cli-hostile-')

describe('assess: a file nested 20,000 levels deep', () => {
  it('is refused with a message naming it, and the other files are still assessed', async () => {
    const deep = join(tempFolder(), 'deep.json')
    await fsp.writeFile(deep, `{"kind":"entra-connect-install-details","schemaVersion":1,"x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`)
    const { code, stdout, stderr } = await run('assess', deep, AADC01, '--as-of', '2026-11-26')
    expect(code).toBe(2)
    expect(stderr).not.toMatch(/internal error|Maximum call stack/)
    expect(stderr).toMatch(/deep\.json: it nests objects or arrays more than 64 levels deep/)
    const document = JSON.parse(stdout) as { servers: Array<{ name: string }>; errors: Array<{ file: string }> }
    expect(document.servers.map((server) => server.name)).toEqual(['AADC01'])
  })
})
