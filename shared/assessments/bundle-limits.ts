/**
 * A bundle's limits, apart from bundle.ts so that code which only needs the numbers (the
 * renderer's fleet workspace) does not load the assessment schema with them.
 */

/** Most assessments one bundle may carry. */
export const MAX_BUNDLE_ENTRIES = 1000
