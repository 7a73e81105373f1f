/**
 * The fleet workspace (placeholder: filled in by the fleet view's work).
 */

/** The fleet of saved assessments. */
export function FleetView() {
  return <h2>Fleet</h2>
}
