/**
 * The one sentence a server's assessment opens with: its most urgent problem, the date, what it
 * means and what to do, plus the step that does it. The wizard, the summary and the reports show
 * the same sentence, so it is built here from the report, the server's timeline and the rule pack
 * (no version or date is written into this file).
 */
import type { DateFormatter } from '../dates/iso-date'
import { dataList, dataString, findFinding } from '../findings/find-finding'
import type { RulePack } from '../rules/pack/types'
import type { TimelineEntry } from '../rules/timeline'
import type { Finding, Report, RuleStep, Verdict } from '../rules/types'

/** Where the headline's button goes: the install-details step, a rule step or the summary (the plan). */
export type HeadlineStep = 'details' | RuleStep | 'summary'

/** The headline of one server's assessment. */
export interface ServerHeadline {
  /** The report's verdict: how the headline is coloured. */
  readonly tone: Verdict
  /** One plain sentence (sometimes two short ones): problem, date, consequence, fix. */
  readonly sentence: string
  /** The one button: where it goes and what it says. */
  readonly action: { readonly step: HeadlineStep; readonly label: string }
}

/** What the headline is built from. */
export interface HeadlineInput {
  readonly report: Report
  /** The server's deadlines (`buildTimeline` for the same document, date and pack). */
  readonly timeline: readonly TimelineEntry[]
  readonly pack: RulePack
  readonly serverName?: string | undefined
  /** How a date is written: the screen passes the user's locale, reports ISO 8601. */
  readonly formatDate: DateFormatter
}

/** The deadlines after which nothing synchronizes, with the minimum build each asks for. */
function stopMinimum(id: string, pack: RulePack): string | undefined {
  switch (id) {
    case 'v1-stopped':
      return pack.deadlines.v1.minimum
    case 'sync-stop-2026':
      return pack.deadlines.syncStop2026.minimum
    case 'app-auth-2027':
      return pack.deadlines.appAuth2027.minimum
    default:
      return undefined
  }
}

const PLAN: ServerHeadline['action'] = {
  step: 'summary',
  label: 'Open the upgrade plan',
}

function ago(days: number): string {
  if (days === 0) {
    return 'today'
  }
  return days === 1 ? '1 day ago' : `${days.toLocaleString('en-US')} days ago`
}

function ahead(days: number): string {
  return days === 1 ? 'tomorrow' : `in ${days.toLocaleString('en-US')} days`
}

/** The fix, in the imperative and without a full stop: the quickest route back to a supported build. */
function upgradeAction(target: Finding): string {
  const version = dataString(target, 'target') ?? ''
  // An OS that cannot run V2 rules out the in-place upgrade; every other reason for a swing
  // migration is advice that can wait until sync runs again.
  if (dataList(target, 'reasons').includes('old-os')) {
    return `Install ${version} on a new server with Windows Server 2016 or later (this one's Windows cannot run it)`
  }
  return `Upgrade in place to ${version}`
}

const STEP_LABELS: Readonly<Record<RuleStep, string>> = {
  version: 'Version and deadlines',
  prerequisites: 'Prerequisites',
  autoupgrade: 'Auto-upgrade',
  staging: 'Staging mode',
  cloudsync: 'Cloud Sync',
}

/** A finding's outcome in a few words. */
function shortTitle(finding: Finding): string {
  return finding.headline ?? finding.title
}

function lowerFirst(text: string): string {
  return text.length > 1 && /^[A-Z][a-z]/.test(text) ? `${text[0]?.toLowerCase() ?? ''}${text.slice(1)}` : text
}

/** The earliest of `entries` (they come oldest first), a confirmed one before a probable one. */
function earliest(entries: readonly TimelineEntry[]): TimelineEntry | undefined {
  return entries.find((entry) => entry.confidence !== 'uncertain') ?? entries[0]
}

/**
 * The headline: an outage first (the earliest stop already passed), then another passed deadline
 * (end of support, wizard sign-in), then a prerequisite that blocks the upgrade, then the next
 * stop ahead, then any other failure or warning; a server with nothing to do says so.
 */
export function buildServerHeadline(input: HeadlineInput): ServerHeadline {
  const { report, timeline, pack } = input
  const date = input.formatDate
  const name = input.serverName?.trim() || 'This server'
  const possessive = name === 'This server' ? "This server's" : `${name}'s`
  const target = findFinding(report, 'version/recommended-target')
  const version = dataString(target, 'version')
  if (target === undefined || version === undefined || dataString(target, 'target') === undefined) {
    return {
      tone: report.verdict,
      sentence: `${possessive} Entra Connect version is not known yet, so no deadline can be checked: open the collector's file or type the version.`,
      action: { step: 'details', label: 'Enter the version' },
    }
  }
  const passed = timeline.filter((entry) => entry.state === 'passed')
  const stopped = earliest(passed.filter((entry) => stopMinimum(entry.id, pack) !== undefined))
  if (stopped !== undefined) {
    const verb = stopped.confidence === 'uncertain' ? 'has probably stopped syncing since' : 'stopped syncing on'
    return {
      tone: report.verdict,
      sentence: `${name} ${verb} ${date(stopped.date)}, ${ago(-stopped.daysFromAsOf)}: ${version} is below the ${stopMinimum(stopped.id, pack) ?? ''} minimum. ${upgradeAction(target)} now.`,
      action: PLAN,
    }
  }
  const upcomingStop = timeline.find((entry) => entry.state === 'upcoming' && stopMinimum(entry.id, pack) !== undefined)
  const byWhen = upcomingStop === undefined ? '.' : ` before ${date(upcomingStop.date)}, when sync stops.`
  const otherPassed = earliest(passed)
  if (otherPassed !== undefined) {
    const problem =
      otherPassed.id === 'end-of-support'
        ? `${possessive} build ${version} has been out of support since ${date(otherPassed.date)} (${ago(-otherPassed.daysFromAsOf)}): no security fixes, and it may stop working.`
        : `${name} has missed the ${date(otherPassed.date)} deadline (${ago(-otherPassed.daysFromAsOf)}): ${lowerFirst(otherPassed.stops)}`
    return { tone: report.verdict, sentence: `${problem} ${upgradeAction(target)}${byWhen}`, action: PLAN }
  }
  const blocker = report.findings.find((finding) => finding.status === 'fail' && finding.severity === 'blocker' && finding.step !== 'version')
  if (blocker !== undefined) {
    return {
      tone: report.verdict,
      sentence: `${name} cannot take the upgrade yet: ${lowerFirst(shortTitle(blocker))}. Fix it on the ${STEP_LABELS[blocker.step]} step.`,
      action: { step: blocker.step, label: `Go to ${STEP_LABELS[blocker.step]}` },
    }
  }
  if (upcomingStop !== undefined && target.messageId !== 'current') {
    const verb = upcomingStop.confidence === 'uncertain' ? 'is expected to stop syncing on' : 'stops syncing on'
    return {
      tone: report.verdict,
      sentence: `${name} ${verb} ${date(upcomingStop.date)}, ${ahead(upcomingStop.daysFromAsOf)}, unless it runs ${stopMinimum(upcomingStop.id, pack) ?? ''} or later (it runs ${version}). ${upgradeAction(target)} before then.`,
      action: PLAN,
    }
  }
  const attention = report.findings.filter((finding) => (finding.status === 'fail' || finding.status === 'warn') && finding.step !== 'cloudsync')
  const first = attention[0]
  if (first !== undefined) {
    const more = attention.length - 1
    const rest = more === 0 ? '' : ` (and ${more} more ${more === 1 ? 'check' : 'checks'} to look at)`
    return {
      tone: report.verdict,
      sentence: `${name} runs ${version} and meets every deadline, but ${lowerFirst(shortTitle(first))}${rest}. See the ${STEP_LABELS[first.step]} step.`,
      action: { step: first.step, label: `Go to ${STEP_LABELS[first.step]}` },
    }
  }
  return {
    tone: report.verdict,
    sentence: `${name} is ready as of ${date(report.asOf)}: it runs ${version}, meets every deadline and no check fails or warns.`,
    action: { step: 'summary', label: 'Open the summary' },
  }
}
