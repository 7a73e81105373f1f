import { describe, expect, it } from 'vitest'
import { database, sqlYear } from '~shared/rules/prereq/database'
import { connectOnly, runRule } from '../harness'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const localDb = (localDbSizeMb?: number, metaverseObjectCount?: number) =>
  connectOnly({ database: { kind: 'localdb', ...(localDbSizeMb === undefined ? {} : { localDbSizeMb }) }, ...(metaverseObjectCount === undefined ? {} : { metaverseObjectCount }) })
const sql = (sqlVersion?: string) => connectOnly({ database: { kind: 'sql', ...(sqlVersion === undefined ? {} : { sqlVersion }) } })

describe('prereq/database, LocalDB', () => {
  it('passes below 8192 MB', () => {
    expect(runRule(database, localDb(8191, 50_000))).toMatchObject({ status: 'pass', messageId: 'pass' })
  })

  it('warns from 8192 MB', () => {
    expect(runRule(database, localDb(8192, 50_000))).toMatchObject({ status: 'warn', messageId: 'warn-localdb' })
  })

  it('warns just below 10240 MB', () => {
    expect(runRule(database, localDb(10239)).status).toBe('warn')
  })

  it('fails from 10240 MB', () => {
    expect(runRule(database, localDb(10240))).toMatchObject({ status: 'fail', messageId: 'fail-localdb-size' })
  })

  it('passes exactly 100,000 metaverse objects', () => {
    expect(runRule(database, localDb(2000, 100_000)).status).toBe('pass')
  })

  it('fails above 100,000 metaverse objects', () => {
    expect(runRule(database, localDb(2000, 100_001))).toMatchObject({ status: 'fail', messageId: 'fail-localdb-objects' })
  })

  it('fails above 100,000 objects even when the size is unknown', () => {
    expect(runRule(database, localDb(undefined, 150_000)).status).toBe('fail')
  })

  it('is unknown when the size is not reported', () => {
    expect(runRule(database, localDb()).status).toBe('unknown')
  })
})

describe('prereq/database, full SQL Server', () => {
  it.each(['2008', '2012', '2014', '2016', '10.50.6000.34', '11.0.7001.0', '12.0.6024.0', '13.0.5026.0'])('fails SQL Server %s, older than the oldest allowed', (version) => {
    expect(runRule(database, sql(version))).toMatchObject({ status: 'fail', messageId: 'fail-sql-version' })
  })

  it('fails SQL Server 2014 saying what is allowed, with a problem-stating headline', () => {
    const finding = runRule(database, sql('2014'), '2026-12-06')
    expect(finding.message).toBe('SQL Server 2014 is not supported for the sync database: the prerequisites allow SQL Server 2017, SQL Server 2019, SQL Server 2022.')
    expect(finding.headline).toBe('SQL Server 2014 is not supported')
    expect(finding.data).toMatchObject({ isNamedUnsupported: false })
    expect(runRule(database, sql('2016')).data).toMatchObject({ isNamedUnsupported: true })
  })

  it.each(['2022', '16.0.1000.6'])('passes SQL Server %s', (version) => {
    expect(runRule(database, sql(version))).toMatchObject({ status: 'pass', messageId: 'pass-sql' })
  })

  it.each(['2017', '2019', '15.0.2000.5'])('passes SQL Server %s with the mainstream-support note', (version) => {
    expect(runRule(database, sql(version))).toMatchObject({ status: 'pass', messageId: 'pass-sql-noted' })
  })

  it.each(['2025', '17.0.1000.7'])('warns SQL Server %s, newer than the newest the prerequisites list', (version) => {
    const finding = runRule(database, sql(version))
    expect(finding).toMatchObject({ status: 'warn', messageId: 'warn-sql-newer', data: { newestSupported: '2022' }, headline: 'SQL Server 2025 is not yet documented' })
  })

  it('is unknown when the SQL version is not reported', () => {
    expect(runRule(database, sql()).status).toBe('unknown')
  })

  it('is unknown when the SQL version cannot be read', () => {
    expect(runRule(database, sql('latest')).status).toBe('unknown')
  })
})

describe('prereq/database, the bundled LocalDB', () => {
  it('names SQL Server 2022 LocalDB from 2.6.84.0 and 2019 LocalDB before it', () => {
    const at = (version: string) => runRule(database, connectOnly({ version, database: { kind: 'localdb', localDbSizeMb: 2048 } })).data.localDb
    expect(at('2.6.84.0')).toBe('SQL Server 2022 Express LocalDB')
    expect(at('2.6.3.0')).toBe('SQL Server 2019 Express LocalDB')
    expect(runRule(database, localDb(2048)).data.localDb).toBe('SQL Server Express LocalDB')
  })
})

describe('prereq/database, kind unknown', () => {
  it('is unknown', () => {
    expect(runRule(database, connectOnly({ database: { localDbSizeMb: 12000 } })).status).toBe('unknown')
  })
})

describe('sqlYear', () => {
  it('reads a year from a product name and a build', () => {
    expect(sqlYear('Microsoft SQL Server 2016 (SP3)', BUILT_IN_PACK.thresholds.database)).toBe('2016')
    expect(sqlYear('16.0.1000.6', BUILT_IN_PACK.thresholds.database)).toBe('2022')
  })
})

describe('prereq/database, the fix names the newest SQL Server the pack lists', () => {
  it('says SQL Server 2022 today, and follows the pack', () => {
    expect(runRule(database, sql('2014')).remediation[0]?.text).toContain('Move the ADSync database to SQL Server 2022')
    const pack = { ...BUILT_IN_PACK, thresholds: { ...BUILT_IN_PACK.thresholds, database: { ...BUILT_IN_PACK.thresholds.database, supportedSqlYears: ['2019', '2022', '2025'] } } }
    expect(runRule(database, sql('2014'), '2026-12-06', pack).remediation[0]?.text).toContain('SQL Server 2025')
    expect(runRule(database, sql('2025'), '2026-12-06', pack).status).toBe('pass')
  })
})
