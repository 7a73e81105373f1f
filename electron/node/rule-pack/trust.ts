/**
 * Which keys are trusted: the maintainers' release keys (committed in `build/rule-pack-keys/`,
 * shipped as a resource) plus keys the user added (the app's `trusted-keys` folder; on the
 * command line, `--trust-key FILE`).
 */
import { join } from 'node:path'
import { readKeyFile, readKeyFolder, type TrustedKey } from './keys'

/**
 * Where the release keys are: `extraResources` in a packaged app (electron-builder.yml), the
 * repository's build/rule-pack-keys/ otherwise.
 */
export function releaseKeyFolder(isPackaged: boolean, resourcesPath: string, appPath: string): string {
  return isPackaged ? join(resourcesPath, 'rule-pack-keys') : join(appPath, 'build', 'rule-pack-keys')
}

/** The release keys plus the keys in `extraFiles`; a file that is not a key is a problem, named. */
export async function loadTrustedKeys(releaseFolder: string, extraFiles: readonly string[] = []): Promise<{ keys: TrustedKey[]; problems: string[] }> {
  const release = await readKeyFolder(releaseFolder, 'release')
  const keys = [...release.keys]
  const problems = [...release.problems]
  for (const file of extraFiles) {
    try {
      keys.push(await readKeyFile(file, 'user'))
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error))
    }
  }
  return { keys, problems }
}
