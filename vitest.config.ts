import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { viteAliases } from './build/path-aliases.mjs'

// Unit tests: node for shared/ and electron/, jsdom for renderer/. Playwright owns tests/e2e.
export default defineConfig({
  plugins: [react()],
  // `~shared/...` and the other path aliases (build/path-aliases.mjs); vi.mock() specifiers resolve through them too.
  resolve: { alias: viteAliases(dirname(fileURLToPath(import.meta.url))) },
  test: {
    // Property and fuzz tests run thousands of inputs; on a loaded 2-core CI machine 5 s is too tight.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['tests/shared/**/*.test.ts', 'tests/electron/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/build/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.ts', 'tests/renderer/**/*.test.tsx'],
          environment: 'jsdom',
          // The app loads the install-details checks and the rules' evaluation lazily; tests have them from the start.
          setupFiles: ['tests/renderer/support/locale.ts', 'tests/renderer/support/provide-checks.ts', 'tests/renderer/support/provide-evaluation.ts'],
        },
      },
    ],
  },
})
