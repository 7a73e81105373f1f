/**
 * The app's version (package.json `version`): what a rule pack's `requiresApp` range is checked against.
 */
import packageJson from '../package.json' with { type: 'json' }

/** The app's version, as package.json states it. */
export const APP_VERSION: string = packageJson.version
