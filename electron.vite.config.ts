import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

const ROOT = dirname(fileURLToPath(import.meta.url))

// Custom entries: main, the command line and preload live under electron/, the renderer under renderer/.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(ROOT, 'electron/main/index.ts'),
          cli: resolve(ROOT, 'electron/cli/index.ts'),
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
    plugins: [react()],
    build: {
      outDir: resolve(ROOT, 'out/renderer'),
      rollupOptions: { input: { index: resolve(ROOT, 'renderer/index.html') } },
    },
  },
})
