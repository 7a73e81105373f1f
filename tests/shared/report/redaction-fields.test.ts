import { describe, expect, it } from 'vitest'
import { isContractFieldPath, isContractKey } from '~shared/report/redaction-fields'

describe('isContractFieldPath', () => {
  it.each(['connect.cloud', 'connect.database.sqlVersion', 'connect.features.hybridJoin', 'server.os.installationType', 'customizations.connectors.partitions.inclusions', 'CONNECT.Cloud'])(
    'takes %s for a field of the document',
    (name) => {
      expect(isContractFieldPath(name)).toBe(true)
    },
  )

  it.each(['contoso.com', 'server.contoso.com', 'connect.contoso', 'aadc01.corp.contoso.com', 'connect'])('takes %s for no field path', (name) => {
    expect(isContractFieldPath(name)).toBe(false)
  })
})

describe('isContractKey', () => {
  it('knows the document’s own field names at every level, in any letter case', () => {
    expect(['connect', 'database', 'features', 'Features', 'SchUseStrongCrypto', 'inclusions'].map(isContractKey)).toEqual([true, true, true, true, true, true])
  })

  it('does not know extra fields or names', () => {
    expect(['collectorNotes', 'contoso', 'contoso-secret.example.org'].map(isContractKey)).toEqual([false, false, false])
  })
})
