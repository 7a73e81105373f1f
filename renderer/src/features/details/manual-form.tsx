/**
 * The install-details form: every contract field, in collapsible groups (the version group open
 * at first), each group saying how many of its facts are known and whether one needs checking.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, makeStyles, tokens } from '@fluentui/react-components'
import { readFieldPath } from '~shared/rules/field-path'
import { useWizardStore } from '~renderer/store/context'
import { TYPED_FIELD_PATHS } from '~renderer/store/typed-fields'
import { DotnetVersionField } from './dotnet-version-field'
import { FormField } from './form-field'
import { FORM_GROUPS, type FormGroup } from './form-groups'

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 280px), 1fr))',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    '& > *': { minWidth: 0 },
  },
  header: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  count: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
})

function GroupHeading({ group }: { readonly group: FormGroup }) {
  const styles = useStyles()
  const known = useWizardStore(
    (state) => group.fields.filter((view) => readFieldPath(state.details, TYPED_FIELD_PATHS[view.field]) !== undefined).length,
  )
  const errors = useWizardStore((state) => group.fields.filter((view) => state.inputErrors[view.field] !== undefined).length)
  return (
    <span className={styles.header}>
      {group.title}{' '}
      <span className={styles.count}>
        {known} of {group.fields.length} known
      </span>{' '}
      {errors === 0 ? null : (
        <Badge appearance="tint" color="danger" shape="rounded">
          {errors === 1 ? '1 to check' : `${errors} to check`}
        </Badge>
      )}
    </span>
  )
}

/** Every group of the form. */
export function ManualForm() {
  const styles = useStyles()
  return (
    <form onSubmit={(event) => event.preventDefault()} aria-label="Install details form">
      <Accordion multiple collapsible defaultOpenItems={['version']}>
        {FORM_GROUPS.map((group) => (
          <AccordionItem key={group.id} value={group.id}>
            <AccordionHeader as="h4" expandIconPosition="end">
              <GroupHeading group={group} />
            </AccordionHeader>
            {/* No collapse motion: it measures the panel's height (a forced layout) as the first screen renders. */}
            <AccordionPanel collapseMotion={null}>
              <div className={styles.grid}>
                {group.fields.map((view) =>
                  view.field === 'dotnetRelease' ? (
                    <DotnetPair key={view.field} view={view} />
                  ) : (
                    <FormField key={view.field} view={view} />
                  ),
                )}
              </div>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </form>
  )
}

function DotnetPair({ view }: { readonly view: FormGroup['fields'][number] }) {
  return (
    <>
      <DotnetVersionField />
      <FormField view={view} />
    </>
  )
}
