import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FindingCard } from '~renderer/components/finding-card'
import { makeFinding, realFinding } from '~tests/renderer/support/findings'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('FindingCard', () => {
  it('shows the status as a word, not only a colour', () => {
    render(<FindingCard finding={realFinding('version/sync-stop-2026', '2.4.27.0', '2026-11-26')} onOpenLink={() => {}} onCopy={async () => true} />)
    const card = screen.getByRole('article', { name: /Sync stopped on 30 Sept 2026/ })
    expect(within(card).getByText('Fail')).toBeTruthy()
  })

  it('shows the advisory Cloud Sync evaluations in their advice words, never as a red Fail', () => {
    render(
      <>
        <FindingCard finding={makeFinding({ ruleId: 'cloudsync/fit', step: 'cloudsync', status: 'fail', severity: 'info', title: 'Cloud Sync fit (advisory)' })} onOpenLink={() => {}} onCopy={async () => true} />
        <FindingCard finding={makeFinding({ ruleId: 'customizations/cloud-sync-tool', step: 'cloudsync', status: 'fail', severity: 'info', title: 'Guided Cloud Sync migration tool (advisory)' })} onOpenLink={() => {}} onCopy={async () => true} />
      </>,
    )
    const fit = screen.getByRole('article', { name: 'Cloud Sync fit (advisory)' })
    expect(within(fit).getByText('Stay on Connect Sync')).toBeTruthy()
    expect(within(fit).queryByText('Fail')).toBeNull()
    const tool = screen.getByRole('article', { name: 'Guided Cloud Sync migration tool (advisory)' })
    expect(within(tool).getByText('Manual migration')).toBeTruthy()
    expect(within(tool).queryByText('Fail')).toBeNull()
  })

  it('shows the evidence with where each value came from', () => {
    render(<FindingCard finding={realFinding('version/sync-stop-2026', '2.4.27.0', '2026-11-26')} onOpenLink={() => {}} onCopy={async () => true} />)
    const row = screen.getByRole('row', { name: /Entra Connect version/ })
    expect(row.textContent).toContain('2.4.27.0')
    expect(row.textContent).toContain('typed in')
  })

  it('splits a group of values into rows, each with the source the walk knows for it, never JSON', () => {
    const finding = makeFinding({ evidence: { 'tls12.netFx64': { value: { SchUseStrongCrypto: 1, SystemDefaultTlsVersions: null }, from: 'typed in' } } })
    render(<FindingCard finding={finding} onOpenLink={() => {}} onCopy={async () => true} sourceOf={(path) => (path === 'tls12.netFx64.SchUseStrongCrypto' ? 'aadc01.json line 12' : undefined)} />)
    const strong = screen.getByRole('row', { name: /SchUseStrongCrypto/ })
    expect(strong.textContent).toContain('aadc01.json line 12')
    expect(strong.textContent).not.toContain('{')
    expect(screen.getByRole('row', { name: /SystemDefaultTlsVersions/ }).textContent).toContain('not provided')
  })

  it('titles the card with the finding\'s headline when it has one, and keeps the rule id under Details', () => {
    render(<FindingCard finding={makeFinding({ headline: '2.4.27.0 out of support since 15 Jan 2026' })} onOpenLink={() => {}} onCopy={async () => true} />)
    expect(screen.getByRole('article', { name: '2.4.27.0 out of support since 15 Jan 2026' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Details' })).toBeTruthy()
  })

  it('does not repeat its headline in its message: only the sentences the headline does not say are shown', () => {
    const finding = makeFinding({ headline: 'Sync stopped on 30 Sept 2026', message: 'Sync stopped on 30 Sept 2026. 2.4.27.0 is below the 2.5.79.0 minimum.' })
    const { container } = render(<FindingCard finding={finding} onOpenLink={() => {}} onCopy={async () => true} />)
    expect(container.textContent?.split('Sync stopped on 30 Sept 2026').length).toBe(2)
    expect(screen.getByText('2.4.27.0 is below the 2.5.79.0 minimum.')).toBeTruthy()
  })

  it('shows no message at all when it says only what the headline says', () => {
    const finding = makeFinding({ headline: 'Sync stopped on 30 Sept 2026', message: 'Sync stopped on 30 Sept 2026.' })
    const { container } = render(<FindingCard finding={finding} onOpenLink={() => {}} onCopy={async () => true} />)
    expect(container.textContent?.split('Sync stopped on 30 Sept 2026').length).toBe(2)
  })

  it('titles the card with its check when the step headline already says its headline', () => {
    const finding = makeFinding({ title: 'Sync stop for old builds', headline: 'Sync stopped on 30 Sept 2026', message: 'Sync stopped on 30 Sept 2026. Upgrade now.' })
    const { container } = render(<FindingCard finding={finding} onOpenLink={() => {}} onCopy={async () => true} alreadySaid={['Sync stopped on 30 Sept 2026']} />)
    expect(screen.getByRole('article', { name: 'Sync stop for old builds' })).toBeTruthy()
    expect(container.textContent).not.toContain('Sync stopped on 30 Sept 2026')
    expect(screen.getByText('Upgrade now.')).toBeTruthy()
  })

  it('says "Unconfirmed" with the caveat when the source is uncertain', () => {
    render(<FindingCard finding={makeFinding({ confidence: 'uncertain', caveat: 'Only the newest revision says so.' })} onOpenLink={() => {}} onCopy={async () => true} />)
    expect(screen.getByText('Unconfirmed')).toBeTruthy()
    expect(screen.getByText(/Only the newest revision says so\./)).toBeTruthy()
  })

  it('has no "Unconfirmed" note for a documented finding', () => {
    render(<FindingCard finding={makeFinding({ confidence: 'documented' })} onOpenLink={() => {}} onCopy={async () => true} />)
    expect(screen.queryByText('Unconfirmed')).toBeNull()
  })

  it('copies the PowerShell with the copy button and says so', async () => {
    const onCopy = vi.fn(async (_text: string) => true)
    render(<FindingCard finding={makeFinding()} onOpenLink={() => {}} onCopy={onCopy} />)
    fireEvent.click(screen.getByRole('button', { name: /Copy: PowerShell for step 1/ }))
    expect(onCopy).toHaveBeenCalledWith('Get-ADSyncScheduler')
    expect(await screen.findByRole('button', { name: /Copied/ })).toBeTruthy()
  })

  it('says when the copy failed', async () => {
    render(<FindingCard finding={makeFinding()} onOpenLink={() => {}} onCopy={async () => false} />)
    fireEvent.click(screen.getByRole('button', { name: /Copy: PowerShell for step 1/ }))
    expect(await screen.findByRole('button', { name: /Copy failed/ })).toBeTruthy()
  })

  it('hands a source’s URL to onOpenLink instead of navigating', () => {
    const onOpenLink = vi.fn()
    render(<FindingCard finding={makeFinding()} onOpenLink={onOpenLink} onCopy={async () => true} />)
    fireEvent.click(screen.getByRole('link', { name: /Example article/ }))
    expect(onOpenLink).toHaveBeenCalledWith('https://learn.microsoft.com/example')
  })

  it('keeps "Why this matters" closed unless asked to open it (for trainees)', () => {
    const { unmount } = render(<FindingCard finding={makeFinding()} onOpenLink={() => {}} onCopy={async () => true} />)
    expect(screen.queryByText('Because it matters.')).toBeNull()
    unmount()
    render(<FindingCard finding={makeFinding()} onOpenLink={() => {}} onCopy={async () => true} isWhyOpen />)
    expect(screen.getByText('Because it matters.')).toBeTruthy()
  })
})
