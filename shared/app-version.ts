/**
 * The app's version (package.json `version`): what a rule pack's `requiresApp` range is checked against.
 */
import { version } from '../package.json'

/** The app's version, as package.json states it. */
export const APP_VERSION: string = version
