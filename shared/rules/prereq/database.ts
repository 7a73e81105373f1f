/**
 * `prereq/database`: LocalDB within its limits, or an external SQL Server the pack lists as
 * supported. Older than the oldest listed (or not listed) fails; newer than the newest listed warns
 * (not yet documented); 2017 and 2019 pass with a note.
 */
import type { Thresholds } from '../pack/thresholds'
import { formatCount, isBelow } from '../remembered'
import { installedVersion } from '../read-facts'
import { SOURCE_AUTO_UPGRADE, SOURCE_PREREQUISITES, SOURCE_V2 } from '../sources'
import type { Outcome, RemediationStep, Rule } from '../types'

/** The pack gives sizes in MB; the texts say GB, as Microsoft does (10 GB = 10,240 MB). */
const MB_PER_GB = 1024

const MOVE_TO_SQL = {
  text:
    'Move the sync database to a full SQL Server the prerequisites list: build a new Connect server that uses it and ' +
    'switch over (swing migration).',
}

/** The fix for an external SQL Server, naming the newest version the pack lists. */
function sqlRemediation(messageId: string, newest: string | null): readonly RemediationStep[] | undefined {
  const target = newest === null ? 'a supported SQL Server' : `SQL Server ${newest}`
  switch (messageId) {
    case 'fail-sql-version':
      return [{ text: `Move the ADSync database to ${target} (mainstream-supported, case-insensitive collation), then point a new Connect server at it (swing migration).` }]
    case 'warn-sql-newer':
      return [{ text: `Check the prerequisites on Microsoft Learn for this SQL Server version before relying on it; ${target} is documented.` }]
    case 'pass-sql-noted':
      return [{ text: `Plan the move to ${target} before this version leaves mainstream support.` }]
    default:
      return undefined
  }
}

/** The LocalDB version Connect installs for `version` (`2022` from 2.6.84.0), or `null` when the version is unknown. */
export function bundledLocalDbYear(version: string | undefined, database: Thresholds['database']): string | null {
  if (version === undefined) {
    return null
  }
  return database.bundledLocalDb.filter((entry) => !isBelow(version, entry.fromVersion)).at(-1)?.sqlYear ?? null
}

/** The outcome of each standing of an external SQL Server's version. */
const SQL_OUTCOMES = {
  supported: { status: 'pass', messageId: 'pass-sql' },
  noted: { status: 'pass', messageId: 'pass-sql-noted' },
  newer: { status: 'warn', messageId: 'warn-sql-newer' },
  unsupported: { status: 'fail', messageId: 'fail-sql-version' },
} as const

/** How an external SQL Server's year stands against the pack's list. */
function judgeSqlYear(year: string, database: Thresholds['database']): 'supported' | 'noted' | 'newer' | 'unsupported' {
  const newest = database.supportedSqlYears.at(-1)
  if (database.supportedSqlYears.includes(year)) {
    return database.sqlYearsWithNote.includes(year) ? 'noted' : 'supported'
  }
  return newest !== undefined && year > newest ? 'newer' : 'unsupported'
}

/**
 * The SQL Server product year (`2019`) from the document's `sqlVersion`: a year as written, or a
 * build such as `15.0.2000.5` mapped by its major. `undefined` when neither is recognised.
 */
export function sqlYear(sqlVersion: string, database: Thresholds['database']): string | undefined {
  const text = sqlVersion.trim()
  // A build first: `15.0.2000.5` holds "2000", which is not a product year.
  const build = /^(\d+)\.\d+/.exec(text)
  if (build?.[1] !== undefined) {
    const major = Number(build[1])
    return database.sqlMajors.find((entry) => entry.value === major)?.name
  }
  const year = /(?:^|\D)(20\d\d)(?:\D|$)/.exec(text)
  return year?.[1]
}

/** The rule. */
export const database: Rule = {
  id: 'prereq/database',
  step: 'prerequisites',
  title: 'Sync database within limits and supported',
  severity: 'blocker',
  confidence: 'documented',
  why:
    'The default SQL Server Express LocalDB stops at {localDbLimitGb} GB (roughly {localDbMaxObjects} objects), and from {localDbWarnGb} GB automatic ' +
    'upgrade refuses the server. Larger directories need a full SQL Server: the prerequisites allow ' +
    'mainstream-supported versions up to SQL Server {newestSqlYear}, and name SQL Server {unsupportedSqlYears} as no longer supported.',
  sources: [SOURCE_PREREQUISITES, SOURCE_AUTO_UPGRADE, SOURCE_V2],
  facts: ['connect.database.kind', 'connect.database.localDbSizeMb', 'connect.database.sqlVersion', 'connect.metaverseObjectCount'],
  packData: (pack) => {
    const database = pack.thresholds.database
    return {
      localDbLimitGb: formatCount(Math.round(database.localDbLimitMb / MB_PER_GB)),
      localDbWarnGb: formatCount(Math.round(database.localDbWarnMb / MB_PER_GB)),
      localDbMaxObjects: formatCount(database.localDbMaxObjects),
      newestSqlYear: database.supportedSqlYears.at(-1) ?? null,
      unsupportedSqlYears: database.unsupportedSqlYears.join(' and '),
    }
  },
  messages: {
    pass: 'LocalDB ({localDb}) uses {sizeMb} MB, below the {warnMb} MB at which automatic upgrade stops.',
    'pass-sql': 'Full SQL Server {sqlYear} is supported.',
    'pass-sql-noted': 'Full SQL Server {sqlYear} is allowed; check that it is still in mainstream support, which the prerequisites require.',
    'warn-sql-newer': 'SQL Server {sqlYear} is newer than the newest version the prerequisites list ({newestSupported}): not yet documented as supported.',
    'warn-localdb': 'LocalDB uses {sizeMb} MB: automatic upgrade stops from {warnMb} MB and LocalDB fails at {limitMb} MB.',
    'fail-localdb-size': 'LocalDB uses {sizeMb} MB, at or above its {limitMb} MB limit.',
    'fail-localdb-objects': 'LocalDB holds {objects} metaverse objects, more than the {maxObjects} it is sized for.',
    'fail-sql-version': 'SQL Server {sqlYear} is not supported for the sync database: the prerequisites allow {supported}.',
    unknown: 'The database type, the LocalDB size or the SQL Server version is not known.',
  },
  headlines: {
    'warn-localdb': 'LocalDB at {sizeMb} MB: automatic upgrade stops',
    'fail-localdb-size': 'LocalDB full: {sizeMb} MB of {limitMb} MB',
    'fail-localdb-objects': 'Too many objects for LocalDB: {objects}',
    'fail-sql-version': 'SQL Server {sqlYear} is not supported',
    'warn-sql-newer': 'SQL Server {sqlYear} is not yet documented',
    unknown: 'Sync database not known',
  },
  remediation: {
    'warn-localdb': [MOVE_TO_SQL, { text: 'Until then, upgrade Connect manually: automatic upgrade will not.' }],
    'fail-localdb-size': [MOVE_TO_SQL],
    'fail-localdb-objects': [MOVE_TO_SQL],
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
      const data = {
        kind,
        sqlVersion: sqlVersion ?? null,
        sqlYear: year,
        supported: thresholds.supportedSqlYears.map((supported) => `SQL Server ${supported}`),
        newestSupported: thresholds.supportedSqlYears.at(-1) ?? null,
        isNamedUnsupported: thresholds.unsupportedSqlYears.includes(year),
      }
      const outcome = SQL_OUTCOMES[judgeSqlYear(year, thresholds)]
      const remediation = sqlRemediation(outcome.messageId, data.newestSupported)
      return { ...outcome, data, ...(remediation === undefined ? {} : { remediation }) }
    }
    if (kind === undefined) {
      return { status: 'unknown', messageId: 'unknown', data: { kind: null } }
    }
    const sizeMb = db?.localDbSizeMb ?? undefined
    const objects = details.connect?.metaverseObjectCount ?? undefined
    const localDbYear = bundledLocalDbYear(installedVersion(details), thresholds)
    const localDb = localDbYear === null ? 'SQL Server Express LocalDB' : `SQL Server ${localDbYear} Express LocalDB`
    const data = { kind, sizeMb: sizeMb ?? null, objects: objects ?? null, warnMb: thresholds.localDbWarnMb, limitMb: thresholds.localDbLimitMb, maxObjects: thresholds.localDbMaxObjects, localDb }
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
