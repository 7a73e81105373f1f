// ESLint's side of the path aliases: the rule `path-aliases/use-path-alias` rejects a relative
// import that climbs more than one level or steps into another root, and its fix writes the alias
// (the same decision as the codemod, build/use-path-aliases.mjs, from build/path-aliases.mjs).
import { relative } from 'node:path'
import { MAX_RELATIVE_CLIMB, VITEST_MODULE_CALLS, checkRelativeImport } from './path-aliases.mjs'

const MOCK_CALLS = new Set(VITEST_MODULE_CALLS)

/** The string a specifier node holds (a literal, or a template without substitutions), else undefined. */
function specifierText(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') {
    return node.value
  }
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined
  }
  return undefined
}

const useOnePathAlias = {
  meta: {
    type: 'suggestion',
    fixable: 'code',
    docs: { description: `A relative import climbs at most ${MAX_RELATIVE_CLIMB} level and stays out of other roots; further, it uses a path alias.` },
    messages: {
      useAlias: "'{{specifier}}' climbs too far: write '{{replacement}}' (node build/use-path-aliases.mjs rewrites them all).",
      noAlias: "'{{specifier}}' climbs too far, to the root folder {{target}}: import a module inside it through its path alias.",
    },
    schema: [],
  },
  create(context) {
    const importer = relative(context.cwd, context.filename).replaceAll('\\', '/')
    const check = (node) => {
      const specifier = specifierText(node)
      const verdict = specifier === undefined ? undefined : checkRelativeImport(importer, specifier)
      if (verdict === undefined) {
        return
      }
      if (verdict.replacement === undefined) {
        context.report({ node, messageId: 'noAlias', data: { specifier, target: verdict.target } })
        return
      }
      const quote = context.sourceCode.getText(node)[0]
      context.report({
        node,
        messageId: 'useAlias',
        data: { specifier, replacement: verdict.replacement },
        fix: (fixer) => fixer.replaceText(node, `${quote}${verdict.replacement}${quote}`),
      })
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument),
      TSExternalModuleReference: (node) => check(node.expression),
      CallExpression: (node) => {
        const callee = node.callee
        if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'vi' && callee.property.type === 'Identifier' && MOCK_CALLS.has(callee.property.name)) {
          check(node.arguments[0])
        }
      },
    }
  },
}

/** The ESLint plugin: `path-aliases/use-path-alias`. */
export const pathAliasesPlugin = { meta: { name: 'path-aliases' }, rules: { 'use-path-alias': useOnePathAlias } }
