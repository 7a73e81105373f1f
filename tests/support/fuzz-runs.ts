/**
 * How many inputs a fuzz property tries: the CI count, scaled by FUZZ_SCALE for the long run
 * (`npm run fuzz:long`).
 */

/** `base` runs in CI; `base × FUZZ_SCALE` when that variable is a positive whole number. */
export function fuzzRuns(base: number): number {
  const scale = Number(process.env.FUZZ_SCALE ?? '1')
  return Number.isInteger(scale) && scale > 0 ? base * scale : base
}
