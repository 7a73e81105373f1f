/**
 * A friendly way to give the .NET Framework release: choose the version ("4.8 (528040+)") and the
 * release field gets that version's lowest Release value; a typed Release selects its version.
 */
import { Field, makeStyles, Select, tokens } from '@fluentui/react-components'
import { readFieldPath } from '~shared/rules/field-path'
import type { NamedValue } from '~shared/rules/pack/thresholds'
import { useMemo } from 'react'
import { useWizardStore } from '~renderer/store/context'
import { TYPED_FIELD_PATHS } from '~renderer/store/typed-fields'
import { DONT_KNOW } from './form-field'

const useStyles = makeStyles({
  message: { minHeight: `calc(2 * ${tokens.lineHeightBase200})` },
  select: { minWidth: 0, maxWidth: '100%' },
  selectElement: { minWidth: 0, width: '100%' },
})

const OLDER = 'older'

/** The versions, newest first, with the lowest Release value of each (the rule pack's table). */
const newestFirst = (releases: readonly NamedValue[]): readonly NamedValue[] => [...releases].sort((a, b) => b.value - a.value)

/** The version a Release value belongs to among `releases`: '' when unknown, `older` below the oldest listed. */
export function versionOfRelease(text: string, releases: readonly NamedValue[]): string {
  const VERSIONS = newestFirst(releases)
  if (!/^\d{1,12}$/.test(text)) {
    return ''
  }
  const release = Number(text)
  return String(VERSIONS.find((version) => release >= version.value)?.value ?? OLDER)
}

/** The version select; it writes the release field (`dotnetRelease`). */
export function DotnetVersionField() {
  const styles = useStyles()
  const text = useWizardStore((state) => {
    const inUse = readFieldPath(state.details, TYPED_FIELD_PATHS.dotnetRelease)
    return state.typedFacts.dotnetRelease ?? (typeof inUse === 'number' ? String(inUse) : '')
  })
  const setTypedFacts = useWizardStore((state) => state.setTypedFacts)
  const releases = useWizardStore((state) => state.rulePack.thresholds.dotnet.releases)
  const VERSIONS = useMemo(() => newestFirst(releases), [releases])
  const chosen = versionOfRelease(text, releases)
  const choose = (value: string) => {
    if (value === OLDER) {
      // No Release value stands for "older"; the release field waits for the exact one.
      setTypedFacts({ dotnetRelease: chosen === OLDER ? text : '' })
    } else if (value === '') {
      setTypedFacts({ dotnetRelease: '' })
    } else if (value !== chosen) {
      setTypedFacts({ dotnetRelease: value })
    }
  }
  return (
    <Field
      label=".NET Framework version"
      validationState="none"
      validationMessageIcon={null}
      validationMessage={{ children: 'Choose the version, or type its exact Release value.', className: styles.message }}
    >
      <Select className={styles.select} select={{ className: styles.selectElement }} value={chosen} onChange={(_event, data) => choose(data.value)}>
        <option value="">{DONT_KNOW}</option>
        {VERSIONS.map((version) => (
          <option key={version.value} value={String(version.value)}>
            {`${version.name.replace('.NET Framework ', '')} (${version.value}+)`}
          </option>
        ))}
        <option value={OLDER}>Older than 4.6.2: type the Release value</option>
      </Select>
    </Field>
  )
}
