import { cleanup, render, screen } from '@testing-library/react'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { afterEach, describe, expect, it } from 'vitest'
import { buildTimeline } from '~shared/rules/timeline'
import { buildDeadlineView } from '~shared/timeline/deadline-view'
import { DeadlineList } from '~renderer/features/version/deadline-list'
import { DeadlineTimeline, describeTimeline } from '~renderer/features/version/deadline-timeline'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { localeDateFormatter } from '~renderer/components/locale-date'

afterEach(cleanup)

const details = { kind: 'entra-connect-install-details', schemaVersion: 1, connect: { version: '2.4.27.0', connectorIdentityType: 'ServiceAccount' } } as const
const view = buildDeadlineView(buildTimeline(details, '2026-11-26', BUILT_IN_PACK), '2026-11-26', true, localeDateFormatter('en-GB'))

describe('DeadlineTimeline', () => {
  it('is an image whose text alternative names every deadline and where the server stands', () => {
    render(<FluentProvider theme={webLightTheme}><DeadlineTimeline view={view} /></FluentProvider>)
    const image = screen.getByRole('img')
    expect(image.getAttribute('aria-label')).toBe(describeTimeline(view))
    expect(describeTimeline(view)).toContain('30 Sept 2026, All synchronization stops: broken since 30 Sept 2026')
    expect(describeTimeline(view)).toContain('(unconfirmed)')
  })

  it('has the same deadlines in words beside it, numbered like the markers', () => {
    render(<FluentProvider theme={webLightTheme}><DeadlineList items={view.items} /></FluentProvider>)
    const items = screen.getAllByRole('listitem')
    expect(items).toHaveLength(view.items.length)
    expect(screen.getByText('breaks in 132 days')).toBeTruthy()
    expect(screen.getByText('Unconfirmed')).toBeTruthy()
  })
})
