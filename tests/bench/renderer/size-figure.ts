/**
 * Figure 2, renderer size: the gzip size of the JavaScript the first step needs, as built in
 * out/renderer: the entry script in index.html, its modulepreloads, and everything they import
 * statically (lazily loaded chunks are not counted). The largest modules come from a bench-only
 * build with the same configuration.
 */
import fsp from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { makeCheck, type FigureResult } from '../lib/check'
import { RENDERER_OUT } from '../lib/paths'
import { round } from '../lib/stats'
import { measureRendererComposition } from './module-sizes'

/** How many modules and packages to list. */
const TOP = 10
const SCRIPT_SOURCES = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g
const MODULE_PRELOADS = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g
/** `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`; never `import("./x.js")`. */
const STATIC_IMPORTS = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g

function kB(bytes: number): string {
  return `${round(bytes / 1000, 1)} kB`
}

/** Every JavaScript file a first load of `index.html` runs, with its gzip size. */
async function initialScripts(folder: string): Promise<{ file: string; gzipBytes: number }[]> {
  const html = await fsp.readFile(join(folder, 'index.html'), 'utf8')
  const pending = [...html.matchAll(SCRIPT_SOURCES), ...html.matchAll(MODULE_PRELOADS)].map((match) => join(folder, match[1] ?? ''))
  const seen = new Map<string, number>()
  while (pending.length > 0) {
    const file = pending.pop() as string
    if (seen.has(file)) {
      continue
    }
    const code = await fsp.readFile(file)
    seen.set(file, gzipSync(code).length)
    for (const match of code.toString('utf8').matchAll(STATIC_IMPORTS)) {
      pending.push(join(dirname(file), match[1] ?? ''))
    }
  }
  return [...seen].map(([file, gzipBytes]) => ({ file: relative(folder, file), gzipBytes })).sort((a, b) => b.gzipBytes - a.gzipBytes)
}

async function lazyGzipBytes(folder: string, initial: ReadonlySet<string>): Promise<number> {
  const assets = await fsp.readdir(join(folder, 'assets'))
  const lazy = assets.filter((name) => name.endsWith('.js') && !initial.has(`assets/${name}`))
  const sizes = await Promise.all(lazy.map(async (name) => gzipSync(await fsp.readFile(join(folder, 'assets', name))).length))
  return sizes.reduce((sum, size) => sum + size, 0)
}

/** Measures out/renderer and lists what the initial load is made of. */
export async function measureRendererSize(): Promise<FigureResult> {
  const scripts = await initialScripts(RENDERER_OUT)
  const totalBytes = scripts.reduce((sum, script) => sum + script.gzipBytes, 0)
  const lazyBytes = await lazyGzipBytes(RENDERER_OUT, new Set(scripts.map((script) => script.file)))
  const composition = await measureRendererComposition()
  const minified = await measureRendererComposition(true)
  return {
    title: 'Renderer size (JavaScript of the first step, gzip)',
    checks: [makeCheck({ id: 'renderer-size', label: `entry + static imports (${scripts.length} files)`, unit: 'kB', samples: [totalBytes / 1000], target: { on: 'value', comparison: '<=', limit: 300 } })],
    notes: [
      `initial files: ${scripts.map((script) => `${script.file} ${kB(script.gzipBytes)}`).join(', ')}; lazily loaded: ${kB(lazyBytes)} more`,
      `what-if (bench build only): with build.minify the same initial load would be ${kB(minified.initialGzipBytes)} gzip`,
      `largest modules of the initial load (rendered bytes: tree-shaken, unminified, before gzip; bench build, ${composition.initialChunks.length} initial chunks):`,
      ...composition.modules.slice(0, TOP).map((module) => `  ${kB(module.renderedBytes).padStart(9)}  ${module.id}`),
      'largest packages / folders of the initial load:',
      ...composition.groups.slice(0, TOP).map((group) => `  ${kB(group.renderedBytes).padStart(9)}  ${group.id}`),
    ],
  }
}
