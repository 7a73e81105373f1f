import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'

const root = new URL('../../', import.meta.url)

async function readText(path: string): Promise<string> {
  return readFile(new URL(path, root), 'utf8')
}

function shellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => (match[1] ?? '').trim())
}

describe('README and CI', () => {
  it('starts with the start command, then the test command', async () => {
    const blocks = shellBlocks(await readText('README.md'))
    expect(blocks[0]).toBe('npm install && npm start')
    expect(blocks[1]).toBe('npm ci && npm test')
  })

  it('has CI run exactly the README test command after installing Chromium', async () => {
    const readmeTestCommand = shellBlocks(await readText('README.md'))[1]
    const ci = await readText('.ci/run')
    const commands = ci.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#'))
    expect(commands.at(-1)?.trim()).toBe(readmeTestCommand)
    expect(ci).toMatch(/apt-get install -y -qq chromium xvfb/)
  })

  it('names the package bin the README documents', async () => {
    const manifest = JSON.parse(await readText('package.json')) as { bin: Record<string, string> }
    const readme = await readText('README.md')
    const [binName] = Object.keys(manifest.bin)
    expect(binName).toBeDefined()
    expect(readme).toContain(`npx ${binName} assess`)
  })
})
