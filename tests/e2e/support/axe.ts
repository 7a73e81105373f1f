/**
 * axe-core over the whole page, with the violations listed readably when there are any.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/**
 * Runs every axe rule on the page and expects no violations. Two settings make each check about
 * half as long without changing which violations it finds:
 * - legacy mode runs axe in the page itself; the default opens a second, blank page for every
 *   check to combine results across cross-origin frames, and the app has no frames;
 * - `resultTypes: ['violations']` keeps full detail for violations only (passes and incomplete
 *   results keep one node each), and only violations are checked here.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze()
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }))
  expect(summary).toEqual([])
}
