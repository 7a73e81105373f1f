/**
 * What the renderer's first load is made of: a bench-only build of the renderer (same config, in
 * memory) and the modules in the chunks the first step needs, largest first.
 */
import { gzipSync } from 'node:zlib'
import type { Rolldown } from 'vite'
import { projectPath, PROJECT_ROOT } from '../lib/paths'
import { buildPage } from './renderer-build'

/** One module's size in the initial chunks (rendered bytes: tree-shaken, before minifying and gzip). */
export interface ModuleSize {
  readonly id: string
  readonly renderedBytes: number
}

/** The initial load's chunks and modules, and the lazily loaded rest. */
export interface RendererComposition {
  readonly initialChunks: readonly string[]
  readonly lazyChunks: readonly string[]
  readonly modules: readonly ModuleSize[]
  /** Rendered bytes per package (node_modules) or top folder (the app's own code). */
  readonly groups: readonly ModuleSize[]
  /** The initial chunks' code, gzipped. */
  readonly initialGzipBytes: number
}

function shortId(id: string): string {
  const path = id.replace(/\0/g, '').replace(/\?.*$/, '')
  const inModules = path.lastIndexOf('/node_modules/')
  if (inModules !== -1) {
    return path.slice(inModules + 1)
  }
  return path.startsWith(PROJECT_ROOT) ? path.slice(PROJECT_ROOT.length) : path
}

function groupOf(id: string): string {
  const parts = id.split('/')
  if (parts[0] === 'node_modules') {
    return parts[1]?.startsWith('@') === true ? `${parts[1]}/${parts[2] ?? ''}` : (parts[1] ?? id)
  }
  return parts.slice(0, Math.min(3, parts.length - 1)).join('/') || id
}

/** The entry chunks and every chunk they import statically (what a first load fetches and runs). */
function initialChunks(chunks: readonly Rolldown.OutputChunk[]): Set<string> {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const initial = new Set<string>()
  const visit = (fileName: string) => {
    if (!initial.has(fileName)) {
      initial.add(fileName)
      byName.get(fileName)?.imports.forEach(visit)
    }
  }
  chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName))
  return initial
}

/** Builds the renderer in memory (minified or not, for a what-if) and lists its initial chunks' modules by rendered size. */
export async function measureRendererComposition(minify?: boolean): Promise<RendererComposition> {
  const output = await buildPage({ root: projectPath('renderer'), input: projectPath('renderer', 'index.html'), ...(minify === undefined ? {} : { minify }) })
  const chunks = output.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk')
  const initial = initialChunks(chunks)
  const modules = chunks
    .filter((chunk) => initial.has(chunk.fileName))
    .flatMap((chunk) => Object.entries(chunk.modules).map(([id, info]) => ({ id: shortId(id), renderedBytes: info.renderedLength })))
    .filter((module) => module.renderedBytes > 0)
    .sort((a, b) => b.renderedBytes - a.renderedBytes)
  const groups = new Map<string, number>()
  for (const module of modules) {
    groups.set(groupOf(module.id), (groups.get(groupOf(module.id)) ?? 0) + module.renderedBytes)
  }
  return {
    initialGzipBytes: chunks.filter((chunk) => initial.has(chunk.fileName)).reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0),
    initialChunks: [...initial],
    lazyChunks: chunks.map((chunk) => chunk.fileName).filter((name) => !initial.has(name)),
    modules,
    groups: [...groups].map(([id, renderedBytes]) => ({ id, renderedBytes })).sort((a, b) => b.renderedBytes - a.renderedBytes),
  }
}
