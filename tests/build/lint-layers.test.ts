import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// One ESLint instance for every probe: each probe is a one-line import linted as if it were a file
// inside a layer, so a rule removed from eslint.config.mjs fails a "rejects" case, and a rule that
// grows too wide fails an "allows" case.
const eslint = new ESLint({ cwd: new URL('../../', import.meta.url).pathname })

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'fatal')
}

const importing = (source: string): string => `import * as x from '${source}'\nexport const y = x`

describe('layers (eslint.config.mjs)', () => {
  // Each forbidden module in both spellings: the relative path and its alias (~renderer/api is
  // renderer/src/api; the aliases are in build/path-aliases.mjs), so neither slips past a layer.
  it.each([
    // shared/: no Node, no Electron, no UI, nothing from electron/ or renderer/
    ['shared/rules/probe.ts', 'node:fs/promises'],
    ['shared/rules/probe.ts', 'fs'],
    ['shared/rules/probe.ts', 'electron'],
    ['shared/rules/probe.ts', 'react'],
    ['shared/rules/probe.ts', 'zustand'],
    ['shared/rules/probe.ts', '@fluentui/react-components'],
    ['shared/rules/probe.ts', '../../renderer/src/api'],
    ['shared/rules/probe.ts', '~renderer/api'],
    ['shared/rules/probe.ts', '../../electron/node/local-date'],
    ['shared/rules/probe.ts', '~electron/node/local-date'],
    // renderer/: no Node, no Electron, nothing from electron/
    ['renderer/src/probe.ts', 'electron'],
    ['renderer/src/probe.ts', 'node:fs'],
    ['renderer/src/probe.ts', '../../electron/main/window'],
    ['renderer/src/probe.ts', '~electron/main/window'],
    ['renderer/src/probe.ts', '../../electron/node/write-target'],
    ['renderer/src/probe.ts', '~electron/node/write-target'],
    // electron/preload: electron and shared/ipc only
    ['electron/preload/probe.ts', 'node:fs'],
    ['electron/preload/probe.ts', 'path'],
    ['electron/preload/probe.ts', '../main/window'],
    ['electron/preload/probe.ts', '~electron/main/window'],
    ['electron/preload/probe.ts', '../../renderer/src/api'],
    ['electron/preload/probe.ts', '~renderer/api'],
    ['electron/preload/probe.ts', '../../shared/rules/index'],
    ['electron/preload/probe.ts', '~shared/rules/index'],
    ['electron/preload/probe.ts', '../../shared/ipc/../rules/index'],
    ['electron/preload/probe.ts', '~shared/ipc/../rules/index'],
    ['electron/preload/probe.ts', 'zod'],
    // electron/main: not the renderer, not the command line
    ['electron/main/probe.ts', '../../renderer/src/api'],
    ['electron/main/probe.ts', '~renderer/api'],
    ['electron/main/probe.ts', 'react'],
    ['electron/main/probe.ts', '../cli/args'],
    ['electron/main/probe.ts', '~electron/cli/args'],
    // electron/cli: no Electron, not main, not the renderer
    ['electron/cli/probe.ts', 'electron'],
    ['electron/cli/probe.ts', '../main/window'],
    ['electron/cli/probe.ts', '~electron/main/window'],
    ['electron/cli/probe.ts', '../main/services/read-input-for-renderer'],
    ['electron/cli/probe.ts', '~electron/main/services/read-input-for-renderer'],
    ['electron/cli/probe.ts', '../../renderer/src/api'],
    ['electron/cli/probe.ts', '~renderer/api'],
    ['electron/cli/probe.ts', 'react'],
    // the command line's FILE reader has no exception: main's reader is main's alone
    ['electron/cli/read-cli-file.ts', '../main/services/read-input-for-renderer'],
    ['electron/cli/read-cli-file.ts', '~electron/main/services/read-input-for-renderer'],
    ['electron/cli/read-cli-file.ts', 'electron'],
    // electron/node: shared/ and Node only
    ['electron/node/probe.ts', 'electron'],
    ['electron/node/probe.ts', '../main/window'],
    ['electron/node/probe.ts', '~electron/main/window'],
    ['electron/node/probe.ts', '../cli/args'],
    ['electron/node/probe.ts', '~electron/cli/args'],
    ['electron/node/probe.ts', '../../renderer/src/api'],
    ['electron/node/probe.ts', '~renderer/api'],
  ])('rejects in %s an import of %s', async (filePath, source) => {
    expect(await ruleIdsFor(filePath, importing(source))).toContain('no-restricted-imports')
  })

  it.each([
    ['shared/rules/probe.ts', ['zod', 'semver', '../version/four-part-version', '~shared/version/four-part-version']],
    ['renderer/src/probe.ts', ['react', 'zustand', '@fluentui/react-components', '~shared/assess', '~renderer/store/selectors', './store/selectors']],
    ['electron/preload/probe.ts', ['electron', '~shared/ipc/api', '~shared/ipc/events']],
    ['electron/main/probe.ts', ['electron', 'node:fs', '~shared/assess', '../node/write-target', '~electron/node/write-target', '../node/read-input-bytes']],
    ['electron/cli/probe.ts', ['node:fs', '~shared/assess', '../node/write-target', '../node/rule-pack/trust', '~electron/node/rule-pack/trust']],
    ['electron/cli/read-cli-file.ts', ['../node/read-input-bytes', '~electron/node/read-input-bytes', '~shared/intake/import-input']],
    ['electron/node/probe.ts', ['node:fs', 'node:crypto', '~shared/assess', './write-target']],
  ])('allows in %s imports of %j', async (filePath, sources) => {
    for (const source of sources) {
      expect(await ruleIdsFor(filePath, importing(source)), source).toEqual([])
    }
  })

  it('rejects DOM and Node globals in shared/', async () => {
    expect(await ruleIdsFor('shared/rules/probe.ts', 'export const x = window.location.href')).toContain('no-restricted-globals')
    expect(await ruleIdsFor('shared/rules/probe.ts', 'export const x = process.env.HOME')).toContain('no-restricted-globals')
  })

  it.each([
    'export const x = new Date()',
    'export const x = Date.now()',
    'export const x = Date()',
    'export const x = performance.now()',
  ])('rejects reading the clock in shared/: %s', async (code) => {
    const ruleIds = await ruleIdsFor('shared/rules/probe.ts', code)
    expect(ruleIds.some((ruleId) => ruleId === 'no-restricted-syntax' || ruleId === 'no-restricted-globals')).toBe(true)
  })

  it('allows shared/ dates built from their parts, and still refuses a default export there', async () => {
    expect(await ruleIdsFor('shared/dates/probe.ts', "export const x = new Date(Date.UTC(2026, 11, 7)).toISOString()\nexport const y = new Date('2026-12-07')")).toEqual([])
    expect(await ruleIdsFor('shared/dates/probe.ts', 'export default 1')).toContain('no-restricted-syntax')
  })

  it('rejects Node globals in the renderer', async () => {
    expect(await ruleIdsFor('renderer/src/probe.ts', 'export const x = process.env.HOME')).toContain('no-restricted-globals')
  })
})

describe('relative imports climb one level at most (path-aliases/use-path-alias)', () => {
  const fixing = new ESLint({ cwd: new URL('../../', import.meta.url).pathname, fix: true })

  it.each([
    ['shared/rules/version/probe.ts', "import * as x from '../../assess'\nexport const y = x", '~shared/assess'],
    ['shared/probe.ts', "import * as x from '../tests/support/rule-pack-data'\nexport const y = x", '~tests/support/rule-pack-data'],
    ['renderer/src/probe.ts', "import * as x from '../../shared/assess'\nexport const y = x", '~shared/assess'],
    ['electron/cli/probe.ts', "export { assessServer } from '../../shared/assess'", '~shared/assess'],
    ['electron/preload/probe.ts', "export * from '../../shared/ipc/api'", '~shared/ipc/api'],
    ['tests/shared/rules/probe.test.ts', "export const x = await import('../../../shared/assess')", '~shared/assess'],
    ['tests/renderer/src/probe.test.ts', "vi.mock('../../../renderer/src/api')", '~renderer/api'],
    ['tests/cli/probe.test.ts', "export type X = typeof import('../../shared/assess')", '~shared/assess'],
    ['tests/electron/main/probe.test.ts', "import * as x from '../../support/run-cli'\nexport const y = x", '~tests/support/run-cli'],
  ])('rejects in %s `%s`, and --fix writes %s', async (filePath, code, alias) => {
    expect(await ruleIdsFor(filePath, code)).toContain('path-aliases/use-path-alias')
    const [fixed] = await fixing.lintText(code, { filePath })
    expect(fixed?.output).toContain(`'${alias}'`)
  })

  it.each([
    ['shared/rules/version/probe.ts', '../four-part-version'],
    ['shared/rules/version/probe.ts', './sibling'],
    ['shared/app-version.ts', '../package.json'],
    ['electron/cli/probe.ts', '../../package.json'],
    ['electron/cli/probe.ts', '../node/write-target'],
    ['tests/cli/probe.test.ts', '../support/run-cli'],
    ['tests/cli/probe.test.ts', '~shared/assess'],
  ])('allows in %s an import of %s', async (filePath, source) => {
    expect(await ruleIdsFor(filePath, importing(source))).toEqual([])
  })

  it('leaves the benchmark’s .mjs helpers alone: plain Node, which runs them, knows no aliases', async () => {
    expect(await ruleIdsFor('tests/bench/fleet/probe.mjs', importing('../../../shared/assess'))).not.toContain('path-aliases/use-path-alias')
  })
})
