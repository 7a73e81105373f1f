/** Types for build/path-aliases.mjs (plain JavaScript, so plain Node and ESLint's config can load it). */
export interface PathAlias {
  readonly alias: string
  readonly folder: string
}
export declare const PATH_ALIASES: readonly PathAlias[]
export declare const MAX_RELATIVE_CLIMB: number
export declare const VITEST_MODULE_CALLS: readonly string[]
export declare function viteAliases(root: string): { find: string; replacement: string }[]
export declare function tsconfigPaths(): Record<string, string[]>
export declare function rootOf(path: string): PathAlias | undefined
export declare function checkRelativeImport(importer: string, specifier: string): { target: string; replacement: string | undefined } | undefined
