/**
 * The start-up baselines, built with the renderer's Vite configuration and the renderer's own
 * index.html (same CSP and head): a page whose only content is a button React renders, and the
 * Fluent floor, a page with only Fluent's provider and one Field/Input (what any page drawn with
 * Fluent UI costs before it draws anything of its own).
 */
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { projectPath } from '../lib/paths'
import { buildPage } from './renderer-build'

/** The bare page's entry: React and one button, nothing else. */
const BARE_ENTRY = `import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

const container = document.getElementById('root')
if (container === null) {
  throw new Error('index.html has no #root element.')
}
createRoot(container).render(
  <StrictMode>
    <button type="button">Ready</button>
  </StrictMode>,
)
`

/** The Fluent floor page's entry: the app's light theme, one labelled input, nothing else. */
const FLUENT_ENTRY = `import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Field, FluentProvider, Input, webLightTheme } from '@fluentui/react-components'

const container = document.getElementById('root')
if (container === null) {
  throw new Error('index.html has no #root element.')
}
createRoot(container).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <Field label="Entra Connect version">
        <Input />
      </Field>
    </FluentProvider>
  </StrictMode>,
)
`

/** The baseline pages. */
export const BASELINE_ENTRIES = { bare: BARE_ENTRY, fluent: FLUENT_ENTRY } as const

/**
 * Writes a baseline page's sources into `folder` and builds them into `folder/out`; returns that
 * folder. The sources resolve `react` through a link to the project's node_modules.
 */
export async function buildBarePage(folder: string, entry: keyof typeof BASELINE_ENTRIES = 'bare'): Promise<string> {
  const source = join(folder, 'page')
  await fsp.mkdir(join(source, 'src'), { recursive: true })
  await fsp.symlink(projectPath('node_modules'), join(source, 'node_modules'), 'dir')
  await fsp.copyFile(projectPath('renderer', 'index.html'), join(source, 'index.html'))
  await fsp.writeFile(join(source, 'src', 'main.tsx'), BASELINE_ENTRIES[entry])
  const outDir = join(folder, 'out')
  await buildPage({ root: source, input: join(source, 'index.html'), outDir })
  return outDir
}
