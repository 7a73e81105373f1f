// The path aliases, defined once: tsconfig.base.json holds the same list as `paths` (tsc cannot
// import a module; tests/build/path-aliases.test.ts checks the two agree), and electron.vite.config.ts,
// vitest.config.ts, the ESLint rule and the codemod (build/use-path-aliases.mjs) read this module.
// Plain JavaScript with no imports but node:path, so every tool (and plain Node) can load it.
//
// The prefix is `~`, not `@`: `@electron` is a real npm scope (node_modules/@electron/asar and
// others), and no new npm package name may begin with `~`, so an alias can never shadow a package.
import { posix, resolve } from 'node:path'

/**
 * One alias per top-level source root: `~shared/rules/evaluate` is `shared/rules/evaluate`.
 *
 * `folder` is relative to the repository root, with forward slashes.
 */
export const PATH_ALIASES = Object.freeze([
  Object.freeze({ alias: '~shared', folder: 'shared' }),
  Object.freeze({ alias: '~electron', folder: 'electron' }),
  Object.freeze({ alias: '~renderer', folder: 'renderer/src' }),
  Object.freeze({ alias: '~tests', folder: 'tests' }),
])

/**
 * How far a relative import may climb: `../x` is fine, `../../x` uses an alias.
 *
 * A relative import may not step into another root either (`shared/x.ts` writes `~tests/y`, not
 * `../tests/y`). A file in no root has no alias and keeps its relative path (`../../package.json`).
 */
export const MAX_RELATIVE_CLIMB = 1

/** The aliases as Vite's `resolve.alias` entries, each folder made absolute against `root`. */
export function viteAliases(root) {
  return PATH_ALIASES.map(({ alias, folder }) => ({ find: alias, replacement: resolve(root, folder) }))
}

/** The aliases as tsconfig `paths` (relative to the repository root, where tsconfig.base.json is). */
export function tsconfigPaths() {
  return Object.fromEntries(PATH_ALIASES.map(({ alias, folder }) => [`${alias}/*`, [`./${folder}/*`]]))
}

/** The vitest calls whose first argument is a module specifier (`vi.mock('~electron/...')`). */
export const VITEST_MODULE_CALLS = Object.freeze(['mock', 'doMock', 'unmock', 'doUnmock', 'importActual', 'importMock'])

const isInside = (path, folder) => path === folder || path.startsWith(`${folder}/`)

/** The alias root a repository-relative path lies in, or undefined (a tool config, build/, docs/). */
export function rootOf(path) {
  const posixPath = path.replaceAll('\\', '/')
  return PATH_ALIASES.find(({ folder }) => isInside(posixPath, folder))
}

/**
 * Checks one import specifier written in `importer` (a repository-relative path).
 *
 * Answers undefined when the specifier may stay as written: a package, an alias, a relative import
 * within the climb limit that stays in its root, one whose importer or target is in no root. Otherwise
 * answers `{ target, replacement }`: the repository-relative path it points at, and its alias form
 * (undefined for a root folder itself, `../../shared`, which no alias names).
 */
export function checkRelativeImport(importer, specifier) {
  const isRelative = specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../')
  const home = rootOf(importer)
  if (!isRelative || home === undefined) {
    return undefined
  }
  const from = posix.dirname(importer.replaceAll('\\', '/'))
  const target = posix.normalize(posix.join(from, specifier)).replace(/\/$/, '')
  const climb = posix.relative(from, target).split('/').filter((segment) => segment === '..').length
  const destination = rootOf(target)
  if (destination === undefined || (climb <= MAX_RELATIVE_CLIMB && destination === home)) {
    return undefined
  }
  const replacement = target === destination.folder ? undefined : `${destination.alias}/${posix.relative(destination.folder, target)}`
  return { target, replacement }
}
