import { expect, test } from './support/app-fixture'
import { openApp } from './support/wizard-page'

interface ProbeOutcome {
  readonly violations: string[]
  readonly scriptRan: boolean
  readonly styleApplied: boolean
}

// Runs in the page. A string, because the e2e files are type-checked without the DOM lib.
const INJECT_INLINE_SCRIPT_AND_STYLE = `(async () => {
  const violations = []
  document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective))
  const script = document.createElement('script')
  script.textContent = 'document.documentElement.dataset.injected = "yes"'
  document.head.append(script)
  const style = document.createElement('style')
  style.textContent = 'body { visibility: hidden }'
  document.head.append(style)
  await new Promise((resolve) => setTimeout(resolve, 100))
  return {
    violations,
    scriptRan: document.documentElement.dataset.injected === 'yes',
    styleApplied: getComputedStyle(document.body).visibility === 'hidden',
  }
})()`

test('the CSP refuses inline script and inline style with content', async ({ page, main }) => {
  main.expectConsoleErrors(/Content Security Policy/)
  await openApp(page)
  const outcome = (await page.evaluate(INJECT_INLINE_SCRIPT_AND_STYLE)) as ProbeOutcome
  expect(outcome.scriptRan).toBe(false)
  expect(outcome.styleApplied).toBe(false)
  expect(outcome.violations.sort()).toEqual(['script-src-elem', 'style-src-elem'])
})
