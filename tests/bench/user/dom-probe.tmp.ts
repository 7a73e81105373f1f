import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { createAssessmentStore } from '~electron/main/services/assessment-store/assessment-store'
import { withTempFolder } from '../lib/temp-folder'
import { LAUNCH } from '../renderer/start-figure'
import { startStaticServer } from '../renderer/static-server'
import { loadThroughBridge, openPage, saveAssessments } from './user-figures'

await withTempFolder('probe-', async (folder) => {
  const store = createAssessmentStore({ folder: join(folder, 'a') })
  await saveAssessments(store, 500)
  const server = await startStaticServer({ app: process.argv[2] ?? '' })
  const browser = await chromium.launch(LAUNCH)
  const page = await openPage(browser, server.origin, store, join(folder, 'x.json'))
  await loadThroughBridge(page)
  const session = await page.context().newCDPSession(page)
  const events: any[] = []
  session.on('Tracing.dataCollected', (d: any) => events.push(...d.value))
  await session.send('Tracing.start', { categories: 'blink.user_timing,devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' })
  await page.evaluate(() => {
    const seen = new Set<string>()
    const o = new MutationObserver(() => {
      const marks: [string, boolean][] = [
        ['M spinner', document.querySelector('[role=progressbar], .fui-Spinner') !== null],
        ['M matrix-200', document.querySelectorAll('table[aria-label="Servers by urgency"] tbody tr').length >= 200],
        ['M heat-table', document.querySelector('table[aria-label="Deadlines by server"]') !== null],
        ['M show-all', [...document.querySelectorAll('button')].some((b) => b.textContent === 'Show all 500 servers')],
      ]
      for (const [name, holds] of marks) if (holds && !seen.has(name)) { seen.add(name); performance.mark(name) }
    })
    o.observe(document.documentElement, { subtree: true, childList: true })
    document.addEventListener('pointerdown', () => performance.mark('M pointerdown'), { capture: true, once: true })
  })
  await page.getByRole('button', { name: 'Fleet', exact: true }).click()
  await page.getByRole('button', { name: 'Show all 500 servers' }).waitFor({ timeout: 60000 })
  await page.waitForTimeout(1500)
  const done = new Promise((r) => session.once('Tracing.tracingComplete', r))
  await session.send('Tracing.end')
  await done
  const counts = await page.evaluate(() => {
    const out: Record<string, number> = { all: document.querySelectorAll('*').length }
    for (const s of document.querySelectorAll('section[data-section]')) out[(s as HTMLElement).dataset.section!] = s.querySelectorAll('*').length
    out.svg = document.querySelectorAll('svg').length
    out.buttons = document.querySelectorAll('button').length
    out.styleRules = [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)
    return out
  })
  console.log(counts)
  const byName = new Map<string, { n: number; ms: number }>()
  for (const e of events) {
    if (e.ph === 'X' && ['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'FunctionCall', 'EvaluateScript', 'ParseHTML', 'RunTask', 'TimerFire', 'FireAnimationFrame', 'v8.compile', 'v8.parseOnBackground', 'MajorGC', 'MinorGC', 'ScheduleStyleRecalculation', 'InvalidateLayout', 'HitTest', 'IntersectionObserverController::computeIntersections'].includes(e.name)) {
      const v = byName.get(e.name) ?? { n: 0, ms: 0 }
      v.n += 1; v.ms += (e.dur ?? 0) / 1000
      byName.set(e.name, v)
    }
  }
  console.log([...byName].map(([k, v]) => `${k}: ${v.n}× ${v.ms.toFixed(1)} ms`).join('\n'))
  const layouts = events.filter((e) => e.name === 'Layout' && e.ph === 'X').map((e) => ({ ms: ((e.dur ?? 0) / 1000).toFixed(1), dirty: e.args?.beginData?.dirtyObjects, total: e.args?.beginData?.totalObjects, stack: (e.args?.beginData?.stackTrace ?? []).slice(0, 3).map((f: any) => `${f.functionName}@${f.url.split('/').pop()}:${f.lineNumber}`).join(' < ') }))
  console.log(layouts.filter((l) => Number(l.ms) > 2))
  const styles = events.filter((e) => e.name === 'UpdateLayoutTree' && e.ph === 'X' && e.dur > 2000).map((e) => ({ ms: ((e.dur ?? 0) / 1000).toFixed(1), n: e.args?.elementCount, stack: (e.args?.beginData?.stackTrace ?? []).slice(0, 3).map((f: any) => `${f.functionName}@${f.url.split('/').pop()}:${f.lineNumber}`).join(' < ') }))
  console.log(styles)
  const t0 = Math.min(...events.filter((e) => e.name === 'RunTask' && e.ts).map((e) => e.ts))
  for (const e of events.filter((e) => (e.name.startsWith('M ') && e.ph !== 'e') || e.ph === 'X' && e.dur > 15000 && !e.name.includes('GC') && !e.name.includes('Sweep') && !e.name.includes('marking') && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts)) {
    console.log(((e.ts - t0) / 1000).toFixed(0).padStart(6), ((e.dur ?? 0) / 1000).toFixed(1).padStart(7), e.name, e.args?.data?.functionName ?? '', e.args?.data?.url?.split('/').pop() ?? '')
  }
  await browser.close(); await server.close()
})
