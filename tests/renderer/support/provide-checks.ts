/**
 * Renderer tests start with the install-details checks in, as the app has them a moment after
 * start (checks.ts loads them lazily; tests/renderer/src/store/checks.test.ts covers the wait).
 */
import { DETAILS_CHECKS } from '~renderer/store/checks-module'
import { provideChecks } from '~renderer/store/checks'

provideChecks(DETAILS_CHECKS)
