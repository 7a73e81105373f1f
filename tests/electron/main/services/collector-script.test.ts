import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { copyCollectorScript, readCollectorScript } from '~electron/main/services/collector-script'
import { COLLECTOR_SCRIPT_PATH } from '~tests/mocks/main-deps'
import { useTempFolder } from '~tests/mocks/temp-folder'

const folder = useTempFolder('collector-script-')

describe('readCollectorScript', () => {
  it('reads the script without its byte order mark', async () => {
    const withBom = join(folder(), 'bom.ps1')
    await fsp.writeFile(withBom, '\uFEFF<# script #>', 'utf8')
    expect(await readCollectorScript(withBom)).toEqual({ ok: true, value: { fileName: 'Collect-EntraConnectDetails.ps1', text: '<# script #>' } })
  })
})

describe('copyCollectorScript', () => {
  it('copies the script byte for byte', async () => {
    const target = join(folder(), 'copy.ps1')
    expect(await copyCollectorScript(COLLECTOR_SCRIPT_PATH, target)).toEqual({ ok: true, value: { fileName: 'copy.ps1' } })
    expect(await fsp.readFile(target)).toEqual(await fsp.readFile(COLLECTOR_SCRIPT_PATH))
  })

  it('says to reinstall when the bundled script is missing', async () => {
    const result = await copyCollectorScript(join(folder(), 'missing.ps1'), join(folder(), 'out.ps1'))
    expect(result).toMatchObject({ ok: false, error: { code: 'file-unreadable', message: expect.stringMatching(/reinstall/) } })
  })
})
