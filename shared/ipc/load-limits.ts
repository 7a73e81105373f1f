/**
 * The batch size of `assessments:load-many`, apart from assessment-schemas.ts so that code which
 * only needs the number (the renderer's fleet workspace, loaded with the first screen) does not
 * load zod and the assessment schema with it.
 */

/** Most assessments one `assessments:load-many` request asks for (the fleet asks in batches of this many). */
export const MAX_LOAD_MANY = 100
