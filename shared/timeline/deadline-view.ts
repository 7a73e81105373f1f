/**
 * The server's deadlines as the version step shows them: a short label, and where the server
 * stands in words ("breaks in 120 days", "broken since 30 Sep 2026", "met").
 *
 * Built from `buildTimeline` ("what breaks when"); pure, like the rules.
 */
import type { DateFormatter, IsoDate } from '../dates/iso-date'
import type { TimelineEntry, TimelineState } from '../rules/timeline'

/** One deadline, ready to show. */
export interface DeadlineItem {
  readonly id: string
  readonly date: IsoDate
  /** `30 Sep 2026`. */
  readonly dateText: string
  /** A few words naming the deadline. */
  readonly label: string
  /** What stops working on that date (from the timeline). */
  readonly stops: string
  readonly state: TimelineState
  /** Where the server stands, in words. */
  readonly standing: string
  readonly daysFromAsOf: number
  /** Announced but not confirmed by Microsoft's own articles. */
  readonly isUnconfirmed: boolean
}

/** The deadlines shown, and the as-of date they are measured from. */
export interface DeadlineView {
  readonly asOf: IsoDate
  readonly asOfText: string
  readonly items: readonly DeadlineItem[]
  /** True when the installed version is unknown: every deadline is then unknown. */
  readonly isVersionUnknown: boolean
}

const LABELS: Readonly<Record<string, string>> = {
  'v1-retired': 'V1 (1.x) out of support',
  'v1-stopped': 'V1 servers stop syncing',
  'federation-setup': 'AD FS / PingFederate setup stops',
  'wizard-sign-in': 'Wizard sign-in to Entra ID fails',
  'sync-stop-2026': 'All synchronization stops',
  'app-auth-2027': 'Sync stops without 2.6.84.0 + app auth',
  'end-of-support': 'This build out of support',
}

/** The V1 deadlines matter only to a V1 server; for the others they are history. */
const V1_IDS = new Set(['v1-retired', 'v1-stopped'])

function days(count: number): string {
  return count === 1 ? '1 day' : `${count.toLocaleString('en-US')} days`
}

/**
 * Where the server stands against one deadline, in words. A passed date the sources do not
 * confirm (a third-party end of support, the announced 2027 floor) is "probably" broken: the
 * rules never say more than that of it.
 */
export function describeStanding(
  entry: Pick<TimelineEntry, 'state' | 'date' | 'daysFromAsOf'> & { readonly confidence?: TimelineEntry['confidence'] },
  formatDate: DateFormatter,
): string {
  switch (entry.state) {
    case 'passed':
      return `${entry.confidence === 'uncertain' ? 'probably broken' : 'broken'} since ${formatDate(entry.date)}`
    case 'upcoming':
      return `breaks in ${days(entry.daysFromAsOf)}`
    case 'met':
      return 'met'
    case 'unknown':
      return 'not known yet (a needed fact is missing)'
  }
}

/**
 * The deadlines to show: the V1 dates only when they apply, everything else always, oldest first;
 * dates written through `formatDate` (the screen's locale, or ISO in exports).
 */
export function buildDeadlineView(entries: readonly TimelineEntry[], asOf: IsoDate, isVersionKnown: boolean, formatDate: DateFormatter): DeadlineView {
  const items = entries
    .filter((entry) => !V1_IDS.has(entry.id) || entry.appliesToServer === true)
    .map((entry) => ({
      id: entry.id,
      date: entry.date,
      dateText: formatDate(entry.date),
      label: LABELS[entry.id] ?? entry.id,
      stops: entry.stops,
      state: entry.state,
      standing: describeStanding(entry, formatDate),
      daysFromAsOf: entry.daysFromAsOf,
      isUnconfirmed: entry.confidence === 'uncertain',
    }))
  return { asOf, asOfText: formatDate(asOf), items, isVersionUnknown: !isVersionKnown }
}

/** The next deadline the server still has to meet, or `undefined` when none is ahead. */
export function nextDeadline(items: readonly DeadlineItem[]): DeadlineItem | undefined {
  return items.filter((item) => item.state === 'upcoming').sort((a, b) => a.daysFromAsOf - b.daysFromAsOf)[0]
}

/**
 * The first of `items` whose date Microsoft confirms, else the first: a confirmed miss is named
 * before one the sources only probably establish.
 */
export function firstConfirmed(items: readonly DeadlineItem[]): DeadlineItem | undefined {
  return items.find((item) => !item.isUnconfirmed) ?? items[0]
}

/** The deadlines already passed that the server does not meet, oldest first. */
export function brokenDeadlines(items: readonly DeadlineItem[]): readonly DeadlineItem[] {
  return items.filter((item) => item.state === 'passed')
}
