import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
// electron-builder's own schema check, the one `electron-builder` runs before packaging (offline).
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>
}
const { DebugLogger } = require('builder-util/out/DebugLogger.js') as { DebugLogger: new (isEnabled: boolean) => unknown }

interface Target {
  readonly target: string
  readonly arch: readonly string[]
}

interface BuilderConfig {
  readonly win: { readonly target: readonly Target[] }
  readonly nsis: Record<string, unknown>
  readonly electronFuses: Record<string, boolean>
  readonly extraResources: readonly { from: string; to: string }[]
  readonly asar: boolean
}

async function readConfig(): Promise<BuilderConfig> {
  return load(await readFile(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as BuilderConfig
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's configuration schema", async () => {
    await expect(validateConfiguration(await readConfig(), new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('is checked for real: an unknown option is rejected', async () => {
    const config = await readConfig()
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perMachineTypo: true } }, new DebugLogger(false))).rejects.toThrow(
      /configuration object that does not match/,
    )
  })

  it('builds an NSIS installer and a portable build for x64 and arm64, installing per machine', async () => {
    const config = await readConfig()
    expect(config.win.target.map((target) => [target.target, [...target.arch].sort()])).toEqual([
      ['nsis', ['arm64', 'x64']],
      ['portable', ['arm64', 'x64']],
    ])
    expect(config.nsis.perMachine).toBe(true)
    expect(config.asar).toBe(true)
  })

  it('sets the Electron fuses: no RunAsNode, no NODE_OPTIONS, no inspect, cookie encryption, ASAR integrity, ASAR only, no extra file:// privileges', async () => {
    expect((await readConfig()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('ships the collector script as a resource', async () => {
    expect((await readConfig()).extraResources).toContainEqual(expect.objectContaining({ from: 'build/collector', to: 'collector' }))
  })
})
