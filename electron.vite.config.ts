import { readFile, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import griffel from '@griffel/vite-plugin'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { viteAliases } from './build/path-aliases.mjs'

const ROOT = dirname(fileURLToPath(import.meta.url))
// `~shared/...`, `~electron/...`, `~renderer/...`: one list, in build/path-aliases.mjs.
const resolveAliases = { alias: viteAliases(ROOT) }

/**
 * Development only: Vite's hot reload talks over a loopback websocket, which the page's
 * `connect-src 'none'` would block. Builds keep the strict policy untouched.
 */
const allowDevServerSocket: Plugin = {
  name: 'dev-csp-hot-reload-socket',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("connect-src 'none'", "connect-src ws://localhost:* ws://127.0.0.1:*"),
}

/**
 * Builds only: the first screen's chunks (the entry and everything it imports statically) start
 * with V8's explicit compile hint, so their functions are compiled while the file streams in,
 * off the main thread, instead of one by one on first call while the first step renders
 * (https://v8.dev/blog/explicit-compile-hints; a comment, ignored by engines without it). Chunks
 * loaded later are left to lazy compilation.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'
const compileHintsForFirstScreen: Plugin = {
  name: 'first-screen-compile-hints',
  apply: 'build',
  // On the files as written: Vite puts its preload map at the top of the entry after every
  // generateBundle hook, and the hint must be the file's first line.
  async writeBundle(options, bundle) {
    const chunks = new Map(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])))
    const pending = [...chunks.values()].filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName)
    const firstScreen = new Set<string>()
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
      const chunk = chunks.get(name)
      if (chunk !== undefined && !firstScreen.has(name)) {
        firstScreen.add(name)
        pending.push(...chunk.imports)
      }
    }
    const outDir = options.dir ?? ROOT
    await Promise.all(
      [...firstScreen].map(async (name) => {
        const file = resolve(outDir, name)
        await writeFile(file, COMPILE_HINT + (await readFile(file, 'utf8')))
      }),
    )
  },
}

/**
 * Production builds only: our makeStyles calls are resolved at build time ("AOT": the style
 * objects become Griffel's pre-computed class names and CSS rules, `__styles`, as Fluent's own
 * packages ship), so the renderer no longer runs the style engine (stylis, RTL flipping, hashing)
 * for them while rendering the first step. The rules are still inserted by Griffel at run time,
 * exactly as before (same rules, same order). The transform evaluates each style object in Node
 * (wyw-in-js: Babel shakes and runs the imports, Fluent's ESM barrel for `tokens` included), which
 * adds ~10-15 s to a build; so it runs only on renderer sources that call makeStyles or
 * makeResetStyles (a hook filter Rolldown applies itself). makeStaticStyles stays at run time.
 */
function griffelAheadOfTime(): Plugin {
  const plugin = griffel({ include: [/[\\/]renderer[\\/]src[\\/].*\.tsx?$/] })
  const transform = plugin.transform
  if (typeof transform !== 'function') {
    throw new Error('@griffel/vite-plugin no longer has a plain transform hook; revisit griffelAheadOfTime')
  }
  return {
    ...plugin,
    transform: { filter: { id: /[\\/]renderer[\\/]src[\\/].*\.tsx?$/, code: /\bmake(?:Styles|ResetStyles)\(/ }, handler: transform },
  }
}

// Custom entries: main, the command line and preload live under electron/, the renderer under renderer/.
export default defineConfig(({ command }) => ({
  main: {
    resolve: resolveAliases,
    build: {
      outDir: 'out/main',
      // zod is bundled: loading its many small modules from node_modules cost ~150 ms of main's
      // start-up (npm run bench, "Main-process start"). electron stays external.
      externalizeDeps: { exclude: ['zod'] },
      rollupOptions: {
        input: {
          index: resolve(ROOT, 'electron/main/index.ts'),
          cli: resolve(ROOT, 'electron/cli/index.ts'),
          // The command line's assessment worker: a large fleet is assessed on every core.
          'assess-worker': resolve(ROOT, 'electron/cli/assess-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: resolveAliases,
    build: {
      outDir: 'out/preload',
      // The preload is sandboxed: it may only require('electron'), so zod and shared/ are bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(ROOT, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(ROOT, 'renderer'),
    resolve: resolveAliases,
    plugins: [react(), allowDevServerSocket, compileHintsForFirstScreen, command === 'build' && griffelAheadOfTime()],
    build: {
      outDir: resolve(ROOT, 'out/renderer'),
      // electron-vite leaves the renderer unminified; minified, the first step's JS is ~230 kB gzip
      // instead of ~360 kB (npm run bench, "Renderer size": target 300 kB).
      minify: true,
      // Source maps only when asked (`RENDERER_SOURCEMAP=1`), for profiles that name the sources
      // (tests/bench/user/profile-fleet.ts); never in the app's own build.
      sourcemap: process.env['RENDERER_SOURCEMAP'] === '1',
      rolldownOptions: {
        input: { index: resolve(ROOT, 'renderer/index.html') },
        // One chunk for the libraries the first screen imports, instead of Rolldown's many small
        // shared ones: the first screen loads 7 files instead of 20 and is ~10-20% faster to start
        // (npm run bench, "Renderer start"), at the same size. `$initial` keeps out what only lazy
        // chunks use (the Fleet's table, dialogs): they bring their own. zod stays out: only the
        // checks chunk needs it.
        output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules[\\/](?!zod[\\/])/, tags: ['$initial'] }] } },
      },
    },
  },
}))
