/**
 * `prereq/database`: LocalDB within its limits, or a supported full SQL Server (facts §2.7, §4.5).
 */
import type { Thresholds } from '../pack/thresholds'
import { SOURCE_AUTO_UPGRADE, SOURCE_PREREQUISITES, SOURCE_V2 } from '../sources'
import type { Outcome, Rule } from '../types'

const MOVE_TO_SQL = {
  text:
    'Move the sync database to a full SQL Server (2019 or 2022): build a new Connect server that uses it and ' +
    'switch over (swing migration).',
}

/**
 * The SQL Server product year (`2019`) from the document's `sqlVersion`: a year as written, or a
 * build such as `15.0.2000.5` mapped by its major. `undefined` when neither is recognised.
 */
export function sqlYear(sqlVersion: string, database: Thresholds['database']): string | undefined {
  const text = sqlVersion.trim()
  const year = /(?:^|\D)(20\d\d)(?:\D|$)/.exec(text)
  if (year?.[1] !== undefined) {
    return year[1]
  }
  const build = /^(\d+)\.\d+/.exec(text)
  const major = build?.[1] === undefined ? undefined : Number(build[1])
  return database.sqlMajors.find((entry) => entry.value === major)?.name
}

/** The rule. */
export const database: Rule = {
  id: 'prereq/database',
  step: 'prerequisites',
  title: 'Sync database within limits and supported',
  severity: 'blocker',
  confidence: 'documented',
  caveat:
    'An older Microsoft article (2023) still allowed SQL Server 2012 as an external database; the 2025 prerequisites ' +
    'say SQL Server 2012 and 2016 are no longer supported. The newer rule is used.',
  why:
    'The default SQL Server Express LocalDB stops at 10 GB (roughly 100,000 objects), and from 8 GB automatic ' +
    'upgrade refuses the server. Larger directories need a full SQL Server, and SQL Server 2012 and 2016 are no ' +
    'longer supported for it.',
  sources: [SOURCE_PREREQUISITES, SOURCE_AUTO_UPGRADE, SOURCE_V2],
  facts: ['connect.database.kind', 'connect.database.localDbSizeMb', 'connect.database.sqlVersion', 'connect.metaverseObjectCount'],
  messages: {
    pass: 'LocalDB uses {sizeMb} MB, below the {warnMb} MB at which automatic upgrade stops.',
    'pass-sql': 'Full SQL Server {sqlYear} is supported.',
    'warn-localdb': 'LocalDB uses {sizeMb} MB: automatic upgrade stops from {warnMb} MB and LocalDB fails at {limitMb} MB.',
    'fail-localdb-size': 'LocalDB uses {sizeMb} MB, at or above its {limitMb} MB limit.',
    'fail-localdb-objects': 'LocalDB holds {objects} metaverse objects, more than the {maxObjects} it is sized for.',
    'fail-sql-version': 'SQL Server {sqlYear} is no longer supported for the sync database.',
    unknown: 'The database type, the LocalDB size or the SQL Server version is not known.',
  },
  remediation: {
    'warn-localdb': [MOVE_TO_SQL, { text: 'Until then, upgrade Connect manually: automatic upgrade will not.' }],
    'fail-localdb-size': [MOVE_TO_SQL],
    'fail-localdb-objects': [MOVE_TO_SQL],
    'fail-sql-version': [{ text: 'Move the ADSync database to SQL Server 2019 or 2022 (mainstream-supported, case-insensitive collation).' }],
    unknown: [{ text: 'Read the database configuration.', powershell: 'Get-ADSyncDatabaseConfiguration' }],
  },
  check: ({ details, pack }): Outcome => {
    const thresholds = pack.thresholds.database
    const db = details.connect?.database
    const kind = db?.kind ?? undefined
    if (kind === 'sql') {
      const sqlVersion = db?.sqlVersion ?? undefined
      const year = sqlVersion === undefined ? undefined : sqlYear(sqlVersion, thresholds)
      if (year === undefined) {
        return { status: 'unknown', messageId: 'unknown', data: { kind, sqlVersion: sqlVersion ?? null } }
      }
      const data = { kind, sqlVersion: sqlVersion ?? null, sqlYear: year }
      return thresholds.unsupportedSqlYears.includes(year)
        ? { status: 'fail', messageId: 'fail-sql-version', data }
        : { status: 'pass', messageId: 'pass-sql', data }
    }
    if (kind === undefined) {
      return { status: 'unknown', messageId: 'unknown', data: { kind: null } }
    }
    const sizeMb = db?.localDbSizeMb ?? undefined
    const objects = details.connect?.metaverseObjectCount ?? undefined
    const data = { kind, sizeMb: sizeMb ?? null, objects: objects ?? null, warnMb: thresholds.localDbWarnMb, limitMb: thresholds.localDbLimitMb, maxObjects: thresholds.localDbMaxObjects }
    if (sizeMb !== undefined && sizeMb >= thresholds.localDbLimitMb) {
      return { status: 'fail', messageId: 'fail-localdb-size', data }
    }
    if (objects !== undefined && objects > thresholds.localDbMaxObjects) {
      return { status: 'fail', messageId: 'fail-localdb-objects', data }
    }
    // The size is LocalDB's real limit; "about 100,000 objects" is the article's approximation of it, so
    // a known size decides even when the object count is unknown.
    if (sizeMb === undefined) {
      return { status: 'unknown', messageId: 'unknown', data }
    }
    return sizeMb >= thresholds.localDbWarnMb
      ? { status: 'warn', messageId: 'warn-localdb', data }
      : { status: 'pass', messageId: 'pass', data }
  },
}
