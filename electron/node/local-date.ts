/**
 * Today's calendar date on this machine: the default as-of date of the wizard and the command line.
 *
 * shared/ never reads the clock; the edges call this once and pass the date in. The conversion
 * itself is shared (the renderer writes a save's local day with it).
 */
export { toLocalIsoDate } from '~shared/dates/iso-date'
