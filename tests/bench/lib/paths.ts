/**
 * Where the project and its build output are, for every figure.
 */
import { fileURLToPath } from 'node:url'

/** The project's root folder (absolute). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** A path under the project's root. */
export function projectPath(...parts: readonly string[]): string {
  return [PROJECT_ROOT.replace(/\/$/, ''), ...parts].join('/')
}

/** The built renderer (`npm run build`). */
export const RENDERER_OUT = projectPath('out', 'renderer')
/** The built command line. */
export const CLI_ENTRY = projectPath('out', 'main', 'cli.js')
/** The built main-process entry. */
export const MAIN_ENTRY = projectPath('out', 'main', 'index.js')
/** The fixed as-of date every figure evaluates, so runs compare. */
export const BENCH_AS_OF = '2026-11-26'
