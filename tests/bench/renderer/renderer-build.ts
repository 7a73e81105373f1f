/**
 * Bench-only builds of a page with the renderer's own Vite configuration: the same plugins and
 * settings electron-vite resolves from electron.vite.config.ts, only the entry and the output
 * folder changed.
 */
import { resolveConfig } from 'electron-vite'
import { build, type InlineConfig, type Rolldown } from 'vite'
import { PROJECT_ROOT } from '../lib/paths'

/** What to build: an index.html under `root`, into `outDir` (or in memory when `outDir` is undefined). */
export interface PageBuild {
  readonly root: string
  readonly input: string
  readonly outDir?: string
  /** Overrides the configuration's `build.minify` (for a what-if; the shipped build is never changed). */
  readonly minify?: boolean
}

/** The renderer's Vite configuration as `electron-vite build` uses it. */
async function rendererConfig(): Promise<InlineConfig> {
  // electron-vite's renderer preset reads this (relative `base`, as in a production build).
  process.env.NODE_ENV_ELECTRON_VITE = 'production'
  const renderer = (await resolveConfig({ root: PROJECT_ROOT }, 'build', 'production')).config?.renderer
  if (renderer === undefined) {
    throw new Error('electron.vite.config.ts has no renderer configuration')
  }
  return renderer as InlineConfig
}

/** Builds the page; returns Rolldown's output (chunks with their modules and imports). */
export async function buildPage(page: PageBuild): Promise<Rolldown.RolldownOutput> {
  const config = await rendererConfig()
  const input = { index: page.input }
  const result = await build({
    ...config,
    configFile: false,
    root: page.root,
    logLevel: 'warn',
    build: {
      ...config.build,
      outDir: page.outDir ?? `${page.root}/dist`,
      emptyOutDir: true,
      write: page.outDir !== undefined,
      ...(page.minify === undefined ? {} : { minify: page.minify }),
      rollupOptions: { ...config.build?.rollupOptions, input },
      rolldownOptions: { ...config.build?.rolldownOptions, input },
    },
  })
  const output = Array.isArray(result) ? result[0] : result
  if (output === undefined || !('output' in output)) {
    throw new Error('the Vite build returned no output')
  }
  return output
}
