/**
 * The cloud the tenant lives in; "I don't know" leaves it unknown.
 */
import { Field, Select } from '@fluentui/react-components'
import type { Cloud } from '../../../../shared/types/install-details'
import { useWizardStore } from '../../store/context'

const CLOUD_LABELS: Readonly<Record<Cloud, string>> = {
  commercial: 'Commercial (worldwide)',
  gcc: 'GCC (US Government Community, commercial cloud)',
  usgov: 'US Government (GCC High, DoD)',
  china: 'China (operated by 21Vianet)',
}

/** A native select of the contract's clouds, plus "I don't know". */
export function CloudField() {
  const cloud = useWizardStore((state) => state.typedFacts.cloud)
  const setTypedFacts = useWizardStore((state) => state.setTypedFacts)
  return (
    <Field label="Cloud" hint="US Government and China have a higher 2025 minimum version.">
      <Select value={cloud} onChange={(_event, data) => setTypedFacts({ cloud: data.value })}>
        <option value="">I don&apos;t know</option>
        {Object.entries(CLOUD_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
    </Field>
  )
}
