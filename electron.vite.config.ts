import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'

const ROOT = dirname(fileURLToPath(import.meta.url))

/**
 * Development only: Vite's hot reload talks over a loopback websocket, which the page's
 * `connect-src 'none'` would block. Builds keep the strict policy untouched.
 */
const allowDevServerSocket: Plugin = {
  name: 'dev-csp-hot-reload-socket',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("connect-src 'none'", "connect-src ws://localhost:* ws://127.0.0.1:*"),
}

// Custom entries: main, the command line and preload live under electron/, the renderer under renderer/.
export default defineConfig({
  main: {
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
    plugins: [react(), allowDevServerSocket],
    build: {
      outDir: resolve(ROOT, 'out/renderer'),
      // electron-vite leaves the renderer unminified; minified, the first step's JS is ~230 kB gzip
      // instead of ~360 kB (npm run bench, "Renderer size": target 300 kB).
      minify: true,
      rollupOptions: { input: { index: resolve(ROOT, 'renderer/index.html') } },
    },
  },
})
