import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { pathAliasesPlugin } from './build/eslint-path-aliases.mjs'

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads', 'process']
const nodePatterns = [{ group: ['node:*'], message: 'Node built-ins belong in electron/ (main process or command line).' }]
const nodePaths = NODE_BUILTINS.map((name) => ({ name, message: 'Node built-ins belong in electron/ (main process or command line).' }))
const electronPath = { name: 'electron', message: 'Electron belongs in electron/ only.' }
// Each layer's forbidden folders in both spellings: relative (`../../renderer/src/api`, matched by
// `**/renderer/**`) and aliased (`~renderer/api`; the aliases are in build/path-aliases.mjs).
const RENDERER = ['**/renderer/**', '~renderer/**']
const ELECTRON = ['**/electron/**', '~electron/**']
const MAIN = ['**/main/**', '~electron/main/**']
const CLI = ['**/cli/**', '~electron/cli/**']
const namedExportsOnly = {
  selector: 'ExportDefaultDeclaration',
  message: 'Use named exports: a default export can be imported under any name, so one module gets several names.',
}
// shared/ decides from its inputs: today's date is the as-of date it is given, never the clock.
const clockMessage = 'shared/ never reads the clock: take the as-of date (or the time) as an input.'
const noClock = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: clockMessage },
  { selector: "CallExpression[callee.name='Date']", message: clockMessage },
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: clockMessage },
]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', namedExportsOnly],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // A relative import climbs at most one level (`../x`) and does not step into another root;
    // further, it uses a path alias (`~shared/rules/evaluate`). `eslint --fix` or
    // `node build/use-path-aliases.mjs` rewrites them. Not the .mjs helpers: plain Node runs them.
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    plugins: { 'path-aliases': pathAliasesPlugin },
    rules: { 'path-aliases/use-path-alias': 'error' },
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
          patterns: [...nodePatterns, { group: [...ELECTRON, ...RENDERER, 'react-dom', 'react-dom/*', '@fluentui/*'], message: 'shared/ imports shared/ only.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'fetch', 'process', 'require', 'Buffer', 'performance'],
      'no-restricted-syntax': ['error', namedExportsOnly, ...noClock],
    },
  },
  {
    // The renderer is a web page: no Node, no Electron, nothing from electron/ (it reaches main through
    // window.api; that only renderer/src/api.ts reads window.api is a convention, not checked here).
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodePaths, electronPath],
          patterns: [...nodePatterns, { group: ELECTRON, message: 'The renderer talks to main through window.api only.' }],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer'],
    },
  },
  {
    // The preload is sandboxed: it imports Electron (contextBridge, ipcRenderer) and the IPC contract
    // modules under shared/ipc, nothing else (no Node, no other shared/ module, no package).
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!electron$|(\\.\\./)+shared/ipc/[^/]+$|~shared/ipc/[^/]+$)', message: 'The preload imports electron and shared/ipc only.' }] },
      ],
    },
  },
  {
    // Main never reaches into the renderer or the command line.
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...RENDERER, 'react', 'react-dom', 'zustand'], message: 'Main does not import the renderer.' },
            { group: CLI, message: 'Main does not import the command line: shared Node I/O belongs in electron/node.' },
          ],
        },
      ],
    },
  },
  {
    // The command line runs under plain Node: no Electron, nothing from main or the renderer.
    files: ['electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronPath],
          patterns: [
            { group: [...RENDERER, 'react', 'react-dom', 'zustand'], message: 'The command line does not import the renderer.' },
            { group: MAIN, message: 'The command line does not import main: shared Node I/O belongs in electron/node.' },
          ],
        },
      ],
    },
  },
  {
    // Node-only I/O shared by main and the command line: no Electron (the command line runs under plain Node).
    files: ['electron/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronPath], patterns: [{ group: [...RENDERER, ...MAIN, ...CLI, 'react', 'react-dom', 'zustand'], message: 'electron/node imports shared/ and Node only.' }] }],
    },
  },
  {
    files: ['tests/renderer/**/*.tsx', 'tests/renderer/**/*.ts', 'tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
)
