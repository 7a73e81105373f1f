/**
 * Step 1: the server's install details, opened from the collector's file or typed in.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { CloudField } from './cloud-field'
import { OpenFilePanel } from './open-file-panel'
import { TypedFactField } from './typed-fact-field'

const useStyles = makeStyles({
  intro: { margin: 0, maxWidth: '72ch' },
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalL,
    maxWidth: '960px',
    '& > *': { minWidth: 0 },
    margin: 0,
    padding: 0,
    border: 'none',
  },
  legend: { padding: 0, marginBlockEnd: tokens.spacingVerticalM, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
})

/** The install-details step: open a file, or type the key facts (every field optional). */
export function InstallDetailsStep() {
  const styles = useStyles()
  return (
    <>
      <p className={styles.intro}>
        Open the file the collector script wrote on the Entra Connect server, or type the facts you know. Leave a
        field empty if you don&apos;t know it: the checks then say &quot;unknown&quot; rather than guess.
      </p>
      <OpenFilePanel />
      <form onSubmit={(event) => event.preventDefault()} aria-label="Key facts">
        <fieldset className={styles.form}>
          <legend className={styles.legend}>Key facts</legend>
          <TypedFactField
            field="version"
            label="Entra Connect version"
            hint="All four parts, as Programs and Features shows it: 2.4.27.0"
          />
          <CloudField />
          <TypedFactField
            field="osBuild"
            label="Windows Server build"
            hint="From winver: 17763 is 2019, 20348 is 2022"
            inputMode="numeric"
          />
          <TypedFactField
            field="dotnetRelease"
            label=".NET Framework release"
            hint="The Release value under HKLM\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full, such as 528449"
            inputMode="numeric"
          />
          <TypedFactField
            field="powershellVersion"
            label="Windows PowerShell version"
            hint="$PSVersionTable.PSVersion, such as 5.1.17763.6189"
          />
        </fieldset>
      </form>
    </>
  )
}
