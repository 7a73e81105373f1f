import { describe, expect, it } from 'vitest'
import { database, sqlYear } from '../../../../shared/rules/prereq/database'
import { connectOnly, runRule } from '../harness'
import { BUILT_IN_PACK } from '../../../../shared/rules/pack/built-in'

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
  it.each(['2012', '2016', '11.0.7001.0', '13.0.5026.0'])('fails SQL Server %s', (version) => {
    expect(runRule(database, sql(version))).toMatchObject({ status: 'fail', messageId: 'fail-sql-version' })
  })

  it.each(['2019', '15.0.2000.5', '2022', '2014'])('passes SQL Server %s', (version) => {
    expect(runRule(database, sql(version))).toMatchObject({ status: 'pass', messageId: 'pass-sql' })
  })

  it('is unknown when the SQL version is not reported', () => {
    expect(runRule(database, sql()).status).toBe('unknown')
  })

  it('is unknown when the SQL version cannot be read', () => {
    expect(runRule(database, sql('latest')).status).toBe('unknown')
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
