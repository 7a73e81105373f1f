/**
 * A `--import` preload: on exit, writes the process's peak resident memory, in bytes, to
 * $BENCH_MAX_RSS_FILE.
 *
 * Linux's VmHWM (/proc/self/status) is this program's own peak. `process.resourceUsage().maxRSS`
 * is only the fallback: on Linux it carries over the peak of the process that spawned this one
 * (getrusage keeps it across exec), so a large parent would show up as this child's peak.
 */
import { readFileSync, writeFileSync } from 'node:fs'

const target = process.env.BENCH_MAX_RSS_FILE

function peakBytes() {
  try {
    const match = /^VmHWM:\s*(\d+)\s*kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))
    if (match !== null) {
      return Number(match[1]) * 1024
    }
  } catch {
    // Not Linux: use the portable figure.
  }
  return process.resourceUsage().maxRSS * 1024
}

if (target !== undefined && target !== '') {
  process.on('exit', () => {
    writeFileSync(target, String(peakBytes()))
  })
}
