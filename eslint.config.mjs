import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads', 'process']
const nodePatterns = [{ group: ['node:*'], message: 'Node built-ins belong in electron/ (main process or command line).' }]
const nodePaths = NODE_BUILTINS.map((name) => ({ name, message: 'Node built-ins belong in electron/ (main process or command line).' }))
const electronPath = { name: 'electron', message: 'Electron belongs in electron/ only.' }

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports (style guide section 7).' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tool configs must default-export.
    files: ['*.config.ts', '*.config.mts', '*.config.mjs', 'eslint.config.mjs'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // shared/ is pure: no Node, no Electron, no React, no DOM, nothing from the app's other layers.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodePaths, electronPath, { name: 'react', message: 'shared/ is UI-free.' }, { name: 'zustand', message: 'shared/ is UI-free.' }],
          patterns: [...nodePatterns, { group: ['**/electron/**', '**/renderer/**', 'react-dom', 'react-dom/*', '@fluentui/*'], message: 'shared/ imports shared/ only.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'fetch', 'process', 'require', 'Buffer'],
    },
  },
  {
    // The renderer is a web page: no Node, no Electron, only window.api through renderer/src/api.ts.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodePaths, electronPath],
          patterns: [...nodePatterns, { group: ['**/electron/**'], message: 'The renderer talks to main through window.api only.' }],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer'],
    },
  },
  {
    // The preload is sandboxed: Electron's contextBridge/ipcRenderer and shared/ipc only.
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: nodePaths, patterns: [...nodePatterns, { group: ['**/renderer/**', '**/main/**'], message: 'The preload imports shared/ipc and electron only.' }] },
      ],
    },
  },
  {
    // Main never reaches into the renderer.
    files: ['electron/main/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**', 'react', 'react-dom', 'zustand'], message: 'Main does not import the renderer.' }] }],
    },
  },
  {
    // Node-only I/O shared by main and the command line: no Electron (the command line runs under plain Node).
    files: ['electron/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronPath], patterns: [{ group: ['**/renderer/**', '**/main/**', '**/cli/**', 'react', 'react-dom', 'zustand'], message: 'electron/node imports shared/ and Node only.' }] }],
    },
  },
  {
    files: ['tests/renderer/**/*.tsx', 'tests/renderer/**/*.ts', 'tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
)
