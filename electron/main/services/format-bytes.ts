/**
 * File sizes for people: the shared formatter (the renderer's drop check uses the same one).
 */
export { formatBytes } from '../../../shared/import/format-bytes'
