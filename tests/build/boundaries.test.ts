import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: new URL('../../', import.meta.url).pathname })

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'fatal')
}

describe('import boundaries (eslint.config.mjs)', () => {
  it.each([
    ['shared/rules/bad.ts', "import { readFile } from 'node:fs/promises'\nexport const x = readFile"],
    ['shared/rules/bad.ts', "import fs from 'fs'\nexport const x = fs"],
    ['shared/rules/bad.ts', "import { app } from 'electron'\nexport const x = app"],
    ['shared/rules/bad.ts', "import { useState } from 'react'\nexport const x = useState"],
    ['shared/rules/bad.ts', "import { x } from '../../renderer/src/api'\nexport const y = x"],
    ['renderer/src/bad.ts', "import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer"],
    ['renderer/src/bad.ts', "import { readFileSync } from 'node:fs'\nexport const x = readFileSync"],
    ['renderer/src/bad.ts', "import { x } from '../../electron/main/window'\nexport const y = x"],
    ['electron/preload/bad.ts', "import { readFileSync } from 'node:fs'\nexport const x = readFileSync"],
    ['electron/main/bad.ts', "import { x } from '../../renderer/src/api'\nexport const y = x"],
  ])('rejects a forbidden import in %s', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain('no-restricted-imports')
  })

  it('rejects DOM and Node globals in shared/', async () => {
    expect(await ruleIdsFor('shared/rules/bad.ts', 'export const x = window.location.href')).toContain('no-restricted-globals')
    expect(await ruleIdsFor('shared/rules/bad.ts', 'export const x = process.env.HOME')).toContain('no-restricted-globals')
  })

  it('allows shared/ to import shared/ and zod', async () => {
    const code = "import { z } from 'zod'\nimport { isVersion } from '../version/four-part-version'\nexport const x = [z, isVersion]"
    expect(await ruleIdsFor('shared/rules/ok.ts', code)).toEqual([])
  })
})
