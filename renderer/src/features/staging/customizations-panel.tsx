/**
 * "Your customizations": for each route off the installed build, what it keeps and loses, and the
 * commands that export what would be lost. Shown only when the findings name routes.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { useMemo } from 'react'
import { CUSTOMIZATIONS_NOT_READ, customizationsNotRead, EXPORT_COMMANDS, summarizeCustomizations, type RouteItem } from '~shared/report/customizations-summary'
import { CodeBlock } from '~renderer/components/code-block'
import { SectionCard } from '~renderer/components/section-card'
import { useWizardStore } from '~renderer/store/context'
import { selectReport } from '~renderer/store/selectors'

const useStyles = makeStyles({
  routes: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalL },
  route: { display: 'grid', rowGap: tokens.spacingVerticalXS, alignContent: 'start' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'grid', rowGap: tokens.spacingVerticalXXS },
  text: { margin: 0, maxWidth: '80ch' },
})

function ItemList({ title, items, withMessage }: { readonly title: string; readonly items: readonly RouteItem[]; readonly withMessage: boolean }) {
  const styles = useStyles()
  if (items.length === 0) {
    return null
  }
  return (
    <>
      <h5 className={styles.subheading}>{title}</h5>
      <ul className={styles.list} aria-label={title}>
        {items.map((item) => (
          <li key={item.ruleId}>{withMessage ? item.message : item.title}</li>
        ))}
      </ul>
    </>
  )
}

/** The customizations card of the staging step. */
export function CustomizationsPanel() {
  const styles = useStyles()
  const report = useWizardStore(selectReport)
  const copyText = useWizardStore((state) => state.copyText)
  const summary = useMemo(() => (report === undefined ? undefined : summarizeCustomizations(report.findings)), [report])
  if (summary === undefined) {
    return null
  }
  const notRead = report !== undefined && customizationsNotRead(report.findings)
  const shown = notRead ? summary.filter((route) => route.loses.length > 0 || route.keeps.length > 0) : summary
  const losesAnything = summary.some((route) => route.loses.length > 0)
  return (
    <SectionCard title="Your customizations" dataSection="customizations">
      <p className={styles.text}>
        {notRead
          ? CUSTOMIZATIONS_NOT_READ
          : losesAnything
          ? 'What each way off this build keeps and what it loses or needs you to redo. Export what would be lost before you start.'
          : 'Nothing this server is known to use is lost by any route. Facts that could not be read are listed as not known.'}
      </p>
      <div className={styles.routes}>
        {shown.map((route) => (
          <section key={route.route} className={styles.route} aria-label={route.label}>
            <h4 className={styles.heading}>{route.label}</h4>
            <ItemList title="Loses or needs work" items={route.loses} withMessage />
            <ItemList title="Keeps" items={route.keeps} withMessage={false} />
            {notRead ? null : <ItemList title="Not known" items={route.unknown} withMessage={false} />}
          </section>
        ))}
      </div>
      {losesAnything ? (
        <>
          <h4 className={styles.heading}>Export before you start</h4>
          <ol className={styles.list} aria-label="Export before you start">
            {EXPORT_COMMANDS.map((command) => (
              <li key={command.text}>
                {command.text}
                {command.powershell === undefined ? null : <CodeBlock code={command.powershell} what={command.text} onCopy={copyText} />}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </SectionCard>
  )
}
