/**
 * The compare-runs workspace (placeholder: filled in by the compare view's work).
 */

/** Two runs of one server side by side. */
export function CompareView() {
  return <h2>Compare runs</h2>
}
