/**
 * The fleet's filter: a search over server, customer and assessment names, the verdict, the
 * customer, and "needs attention only"; and how many servers it shows.
 */
import { Button, Checkbox, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components'
import { Search16Regular } from '@fluentui/react-icons'
import { isFilterEmpty, NO_FLEET_FILTER } from '~shared/report/fleet-filter'
import { VERDICTS_BY_URGENCY } from '~shared/report/urgency'
import type { Verdict } from '~shared/rules/types'
import { STATE_PRESENTATION } from '~renderer/components/status-presentation'
import { useWizardStore } from '~renderer/store/context'

const ALL = '*'
/** The customer select's value for servers without a customer (not a name anyone types). */
const NONE = '\u0000none'

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  search: { minWidth: '260px' },
  shown: { color: tokens.colorNeutralForeground2, paddingBottom: tokens.spacingVerticalSNudge },
})

/** Props of {@link FleetFilterBar}. */
export interface FleetFilterBarProps {
  readonly customers: readonly string[]
  readonly hasServerWithoutCustomer: boolean
  readonly shown: number
  readonly total: number
}

/** The filter controls. */
export function FleetFilterBar({ customers, hasServerWithoutCustomer, shown, total }: FleetFilterBarProps) {
  const styles = useStyles()
  const filter = useWizardStore((state) => state.fleetFilter)
  const setFilter = useWizardStore((state) => state.setFleetFilter)
  const customerValue = filter.customer === null ? ALL : filter.customer === '' ? NONE : filter.customer
  return (
    <div role="search" className={styles.bar} aria-label="Filter the fleet">
      <Field label="Search" className={styles.search}>
        <Input
          type="search"
          contentBefore={<Search16Regular aria-hidden />}
          placeholder="Server, customer or assessment"
          value={filter.search}
          onChange={(_event, data) => setFilter({ search: data.value })}
        />
      </Field>
      <Field label="Verdict">
        <Select value={filter.verdict} onChange={(_event, data) => setFilter({ verdict: data.value === 'all' ? 'all' : (data.value as Verdict) })}>
          <option value="all">All verdicts</option>
          {VERDICTS_BY_URGENCY.map((verdict) => (
            <option key={verdict} value={verdict}>
              {STATE_PRESENTATION[verdict].label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Customer">
        <Select value={customerValue} onChange={(_event, data) => setFilter({ customer: data.value === ALL ? null : data.value === NONE ? '' : data.value })}>
          <option value={ALL}>All customers</option>
          {customers.map((customer) => (
            <option key={customer} value={customer}>
              {customer}
            </option>
          ))}
          {hasServerWithoutCustomer ? <option value={NONE}>No customer given</option> : null}
        </Select>
      </Field>
      <Checkbox checked={filter.isAttentionOnly} label="Needs attention only" onChange={(_event, data) => setFilter({ isAttentionOnly: data.checked === true })} />
      <span role="status" className={styles.shown}>
        Showing {shown.toLocaleString('en-US')} of {total.toLocaleString('en-US')} servers
      </span>
      {isFilterEmpty(filter) ? null : <Button onClick={() => setFilter(NO_FLEET_FILTER)}>Clear filter</Button>}
    </div>
  )
}
