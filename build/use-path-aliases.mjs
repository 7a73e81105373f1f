// The codemod: rewrites every relative import that climbs more than one level, or leaves its own
// top-level root, into its path alias (build/path-aliases.mjs). Idempotent, so it is safe to run
// again after other branches merge:
//
//   node build/use-path-aliases.mjs           rewrite the files, print how many changed
//   node build/use-path-aliases.mjs --check   change nothing; exit 1 if any file would change
//
// It reads import and export declarations, import() (calls and types), `import x = require()`
// and vitest's vi.mock-family calls through TypeScript's parser, so strings and comments that
// merely look like imports are left alone. Only .ts, .tsx and .mts files: the .mjs helpers the
// benchmark starts run under plain Node, which knows no aliases.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'
import { PATH_ALIASES, VITEST_MODULE_CALLS, checkRelativeImport } from './path-aliases.mjs'

const REPOSITORY = fileURLToPath(new URL('..', import.meta.url))
const SOURCE_FILE = /\.(?:ts|tsx|mts)$/
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'release', 'test-results', 'coverage'])

const MOCK_CALLS = new Set(VITEST_MODULE_CALLS)

/** Every module-specifier string literal in a parsed file. */
function specifierLiterals(sourceFile) {
  const found = []
  const add = (node) => {
    if (node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) {
      found.push(node)
    }
  }
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier)
    } else if (ts.isExternalModuleReference(node)) {
      add(node.expression)
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal)
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression
      const isImportCall = callee.kind === ts.SyntaxKind.ImportKeyword
      const isMockCall = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'vi' && MOCK_CALLS.has(callee.name.text)
      if (isImportCall || isMockCall) {
        add(node.arguments[0])
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  return found
}

/**
 * Rewrites one file's too-far relative imports into aliases.
 *
 * `importer` is the file's repository-relative path. Answers the new text, how many specifiers
 * were rewritten, and the too-far ones no alias can say (a root folder itself), by line.
 */
export function rewriteImports(importer, text) {
  const kind = importer.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const sourceFile = ts.createSourceFile(importer, text, ts.ScriptTarget.Latest, false, kind)
  const edits = []
  const unaliased = []
  for (const literal of specifierLiterals(sourceFile)) {
    const verdict = checkRelativeImport(importer, literal.text)
    if (verdict === undefined) {
      continue
    }
    if (verdict.replacement === undefined) {
      const line = sourceFile.getLineAndCharacterOfPosition(literal.getStart(sourceFile)).line + 1
      unaliased.push({ specifier: literal.text, line })
      continue
    }
    // Inside the quotes only: the quote style stays as written.
    edits.push({ start: literal.getStart(sourceFile) + 1, end: literal.getEnd() - 1, replacement: verdict.replacement })
  }
  const rewritten = edits.reduceRight((result, edit) => result.slice(0, edit.start) + edit.replacement + result.slice(edit.end), text)
  return { text: rewritten, rewritten: edits.length, unaliased }
}

async function sourceFiles(folder) {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        return SKIPPED_FOLDERS.has(entry.name) || entry.name.startsWith('.') ? [] : sourceFiles(path)
      }
      return entry.isFile() && SOURCE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
    }),
  )
  return nested.flat()
}

/** Runs the codemod over every alias root of `repository`; with `check`, writes nothing. */
export async function usePathAliases(repository, { check = false, log = console.log } = {}) {
  const files = (await Promise.all(PATH_ALIASES.map(({ folder }) => sourceFiles(join(repository, folder))))).flat().sort()
  const changed = []
  let imports = 0
  for (const file of files) {
    const importer = relative(repository, file).replaceAll('\\', '/')
    const text = await readFile(file, 'utf8')
    const result = rewriteImports(importer, text)
    for (const { specifier, line } of result.unaliased) {
      log(`${importer}:${line}: '${specifier}' climbs too far to a root folder itself; left as written`)
    }
    if (result.rewritten > 0) {
      changed.push(importer)
      imports += result.rewritten
      if (!check) {
        await writeFile(file, result.text)
      }
    }
  }
  for (const importer of changed) {
    log(`${check ? 'would change' : 'changed'} ${importer}`)
  }
  log(`${check ? 'would change' : 'changed'} ${changed.length} of ${files.length} files (${imports} imports)`)
  return { files: files.length, changed, imports }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2)
  const unknown = args.filter((arg) => arg !== '--check')
  if (unknown.length > 0) {
    console.error(`use-path-aliases: unknown argument ${unknown.join(' ')} (usage: node build/use-path-aliases.mjs [--check])`)
    process.exit(2)
  }
  const check = args.includes('--check')
  const { changed } = await usePathAliases(REPOSITORY, { check })
  process.exitCode = check && changed.length > 0 ? 1 : 0
}
