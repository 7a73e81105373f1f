import { describe, expect, it } from 'vitest'
import { connectorAccountAdmin } from '~shared/rules/customizations/connector-account-admin'
import type { Connector } from '~shared/types/customizations'
import { makeDetails, runRule } from '../harness'
import { withCustomizations } from './support'

const ad = (extra: Partial<Connector>): Connector => ({ name: 'contoso.com', type: 'AD', account: 'contoso.com\\MSOL_1a2b3c4d5e6f', ...extra })
const entra: Connector = { name: 'contoso.onmicrosoft.com - AAD', type: 'Extensible2' }

describe('customizations/connector-account-admin', () => {
  it('passes an account in neither admin group', () => {
    const finding = runRule(connectorAccountAdmin, withCustomizations({ connectors: [ad({ accountAdminGroups: [] }), entra] }))
    expect(finding.status).toBe('pass')
  })

  it('fails an account in Domain Admins or Enterprise Admins, naming the groups and the account', () => {
    const finding = runRule(
      connectorAccountAdmin,
      withCustomizations({ connectors: [ad({ accountAdminGroups: [] }), ad({ name: 'fabrikam.com', account: 'fabrikam.com\\svc-sync', accountAdminGroups: ['Domain Admins', 'Enterprise Admins'] }), entra] }),
    )
    expect(finding.status).toBe('fail')
    expect(finding.message).toContain('Domain Admins and Enterprise Admins (fabrikam.com\\svc-sync)')
    expect(finding.message).not.toContain('MSOL_')
  })

  it('is unknown when the groups were not read, for any AD connector, or no AD account is known', () => {
    expect(runRule(connectorAccountAdmin, makeDetails()).status).toBe('unknown')
    expect(runRule(connectorAccountAdmin, withCustomizations({ connectors: [ad({}), entra] })).status).toBe('unknown')
    expect(runRule(connectorAccountAdmin, withCustomizations({ connectors: [ad({ accountAdminGroups: [] }), ad({ name: 'fabrikam.com', account: 'fabrikam.com\\x' })] })).status).toBe('unknown')
    expect(runRule(connectorAccountAdmin, withCustomizations({ connectors: [entra] })).status).toBe('unknown')
  })
})
