import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * No source, test, configuration or document in the repository points to a document outside it
 * (the team's contract, facts reference or style guide): a reader of the repository cannot follow
 * such a pointer. Comments cite docs/interface.md or Microsoft's articles instead.
 *
 * This file is not scanned: its probes are the very lines it looks for.
 */
const root = new URL('../../', import.meta.url).pathname

const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'release', '.git', 'test-results', 'playwright-report', 'coverage'])
// Generated output and history, not sources: docs/samples is what the command line printed when
// it was made, docs/history records what was.
const SKIPPED_PATHS = new Set(['docs/samples', 'docs/screenshots', 'docs/history', 'tests/build/no-outside-pointers.test.ts'])
const TEXT_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs|json|ps1|psm1|psd1|md|html|css|yml|yaml|sh)$/

const EVERYWHERE: readonly RegExp[] = [
  /contract\s+section\s+\d/i,
  /\bfacts\s*§/i,
  /style[\s-]guide/i,
  /shared\/(reference|contract|style|toolchain)/i,
  /\bcontract\.md\b/i,
  /\/work\/shared/i,
]
// In code a bare "(section 3)" is a pointer to someone else's numbering; the documents number
// their own sections.
const IN_CODE: readonly RegExp[] = [/\(section\s+\d/i]

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    const inRepo = relative(root, path)
    if (entry.isDirectory()) {
      return SKIPPED_FOLDERS.has(entry.name) || SKIPPED_PATHS.has(inRepo) ? [] : filesUnder(path)
    }
    return entry.isFile() && !SKIPPED_PATHS.has(inRepo) && (TEXT_FILE.test(entry.name) || inRepo.startsWith('.ci/')) ? [inRepo] : []
  })
}

/** Every `file:line: text` that points outside the repository. */
function outsidePointers(file: string, text: string): string[] {
  const patterns = file.endsWith('.md') ? EVERYWHERE : [...EVERYWHERE, ...IN_CODE]
  return text
    .split('\n')
    .flatMap((line, index) => (patterns.some((pattern) => pattern.test(line)) ? [`${file}:${index + 1}: ${line.trim()}`] : []))
}

describe('no pointer outside the repository', () => {
  it('finds none in the repository’s sources, tests, configuration and documents', () => {
    const files = filesUnder(root)
    expect(files.length).toBeGreaterThan(300)
    expect(files).toContain('shared/rules/verdict.ts')
    expect(files.flatMap((file) => outsidePointers(file, readFileSync(join(root, file), 'utf8')))).toEqual([])
  })

  it.each([
    ['shared/rules/verdict.ts', ' * A server’s verdict from its findings (contract section 3).'],
    ['shared/rules/prereq/dotnet.ts', ' * .NET Framework 4.7.2 or later (facts §4.2).'],
    ['electron/main/ipc/guard.ts', ' * The renderer is untrusted input (style guide section 4).'],
    ['electron/cli/args.ts', "// see ../shared/contract.md"],
    ['shared/report/fleet-input.ts', "/** The contract's document (section 4). */"],
    ['docs/architecture.md', 'See /work/shared/reference/entra-connect-facts.md.'],
    ['shared/report/report-formats.ts', "  json: 'JSON (see the Style-Guide)',"],
  ])('catches a pointer in %s', (file, line) => {
    expect(outsidePointers(file, `first line\n${line}\n`)).toEqual([`${file}:2: ${line.trim()}`])
  })

  it.each([
    ['shared/rules/verdict.ts', ' * A server’s verdict from its findings (docs/interface.md §3, "Rule ids and what they decide").'],
    ['shared/rules/prereq/dotnet.ts', ' * (https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-install-prerequisites)'],
    ['docs/interface.md', 'what each upgrade route keeps and loses (section 1.1)'],
    ['shared/ipc/contract.ts', "import { IPC_CONTRACT } from './contract'"],
  ])('lets through %s citing the repository or Microsoft', (file, line) => {
    expect(outsidePointers(file, line)).toEqual([])
  })
})
