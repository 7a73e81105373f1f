import { spawnSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { PATH_ALIASES, checkRelativeImport, tsconfigPaths } from '../../build/path-aliases.mjs'
import { rewriteImports, usePathAliases } from '../../build/use-path-aliases.mjs'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

// A file deep in tests/ that reaches out in every way the codemod reads, plus look-alikes it must leave.
const DEEP_TEST = [
  "import { assessServer } from '../../../shared/assess'",
  'import type { Report } from "../../../shared/rules/types"',
  "export { buildApi } from '../../../shared/ipc/api'",
  "export * from '../../../electron/node/local-date'",
  "import '../../../renderer/src/styles/print'",
  "import { fakeApi } from '../../support/fake-api'",
  "import { near } from '../sibling'",
  "import { here } from './here'",
  "import { version } from '../../../package.json'",
  "const checks = await import('../../../renderer/src/store/checks')",
  "type Store = typeof import('../../../renderer/src/store')",
  "vi.mock('../../../electron/main/window', () => ({}))",
  'vi.doUnmock(`../../../renderer/src/store/checks-module`)',
  "const actual = await vi.importActual('../../../shared/assess')",
  "const text = \"import x from '../../../shared/assess'\"",
  "// import { y } from '../../../shared/assess'",
  "const file = new URL('../../../build/collector/x.ps1', import.meta.url)",
].join('\n')

const REWRITTEN = [
  "import { assessServer } from '~shared/assess'",
  'import type { Report } from "~shared/rules/types"',
  "export { buildApi } from '~shared/ipc/api'",
  "export * from '~electron/node/local-date'",
  "import '~renderer/styles/print'",
  "import { fakeApi } from '~tests/support/fake-api'",
  "import { near } from '../sibling'",
  "import { here } from './here'",
  "import { version } from '../../../package.json'",
  "const checks = await import('~renderer/store/checks')",
  "type Store = typeof import('~renderer/store')",
  "vi.mock('~electron/main/window', () => ({}))",
  'vi.doUnmock(`~renderer/store/checks-module`)',
  "const actual = await vi.importActual('~shared/assess')",
  "const text = \"import x from '../../../shared/assess'\"",
  "// import { y } from '../../../shared/assess'",
  "const file = new URL('../../../build/collector/x.ps1', import.meta.url)",
].join('\n')

describe('the path aliases (build/path-aliases.mjs)', () => {
  it('are the paths tsconfig.base.json declares, each an existing folder', () => {
    const base = JSON.parse(readFileSync(`${ROOT}tsconfig.base.json`, 'utf8')) as { compilerOptions: { paths: unknown } }
    expect(base.compilerOptions.paths).toEqual(tsconfigPaths())
    for (const { folder } of PATH_ALIASES) {
      expect(statSync(`${ROOT}${folder}`).isDirectory(), folder).toBe(true)
    }
  })

  it('are what tsx and Playwright find: tsconfig.json extends tsconfig.base.json', () => {
    const config = JSON.parse(readFileSync(`${ROOT}tsconfig.json`, 'utf8')) as { extends?: string }
    expect(config.extends).toBe('./tsconfig.base.json')
  })

  it.each([
    ['electron/cli/index.ts', '../../shared/rules/evaluate', '~shared/rules/evaluate'],
    ['shared/assess.ts', '../tests/support/x', '~tests/support/x'],
    ['renderer/src/app.tsx', '../../shared/assess', '~shared/assess'],
    ['shared/rules/version/x.ts', '../../assess', '~shared/assess'],
    ['electron/preload/index.ts', '../../shared/ipc/../rules/index', '~shared/rules/index'],
  ])('in %s, rewrites %s as %s', (importer, specifier, replacement) => {
    expect(checkRelativeImport(importer, specifier)?.replacement).toBe(replacement)
  })

  it.each([
    ['electron/cli/index.ts', '../node/write-target'],
    ['electron/cli/index.ts', './main'],
    ['electron/cli/index.ts', '../../package.json'],
    ['shared/app-version.ts', '../package.json'],
    ['electron/cli/index.ts', '~shared/assess'],
    ['electron/cli/index.ts', 'zod'],
    ['vitest.config.ts', './build/path-aliases.mjs'],
  ])('in %s, leaves %s as written', (importer, specifier) => {
    expect(checkRelativeImport(importer, specifier)).toBeUndefined()
  })
})

describe('the codemod (node build/use-path-aliases.mjs)', () => {
  it('rewrites every kind of import that climbs too far, and nothing else', () => {
    const result = rewriteImports('tests/renderer/src/probe.test.ts', DEEP_TEST)
    expect(result.text).toBe(REWRITTEN)
    expect(result.rewritten).toBe(11)
    expect(result.unaliased).toEqual([])
  })

  it('changes nothing the second time', () => {
    expect(rewriteImports('tests/renderer/src/probe.test.ts', REWRITTEN)).toEqual({ text: REWRITTEN, rewritten: 0, unaliased: [] })
  })

  it('reads .tsx, and names an import of a root folder itself, which no alias can say', () => {
    const result = rewriteImports('renderer/src/features/x/view.tsx', "import { a } from '../../../../shared'\nexport const View = () => <div>{a}</div>")
    expect(result.rewritten).toBe(0)
    expect(result.unaliased).toEqual([{ specifier: '../../../../shared', line: 1 }])
  })

  it('finds the repository already rewritten', async () => {
    const lines: string[] = []
    const { files, changed } = await usePathAliases(ROOT, { check: true, log: (line: string) => lines.push(line) })
    expect(files).toBeGreaterThan(600)
    expect(changed).toEqual([])
    expect(lines.at(-1)).toBe(`would change 0 of ${files} files (0 imports)`)
  })

  it('refuses an argument it does not know', () => {
    const run = spawnSync(process.execPath, ['build/use-path-aliases.mjs', '--dry'], { cwd: ROOT, encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/unknown argument --dry/)
  })
})
