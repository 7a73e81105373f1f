/**
 * The "Same server, later run?" question names each run by what tells it apart, and says what the
 * run asked about lacks, of that run only.
 */
import { describe, expect, it } from 'vitest'
import { candidateLabel, questionLead, questionReason, repeatsNotice, runFacts } from '~renderer/features/fleet/repeat-question'
import { formatSavedAt } from '~renderer/features/header/save-status'
import type { RepeatQuestion, RepeatRun } from '~renderer/store/fleet-selectors'

const WALK_SAVED = '2026-12-08T01:43:00.000Z'
const walk: RepeatRun = { id: 'w', name: 'AADC01', shortName: 'AADC01', customer: '', version: '2.4.27.0', verdict: 'critical', savedAt: WALK_SAVED }
const contoso: RepeatRun = { id: 'c', name: 'AADC01', shortName: 'AADC01', customer: 'Contoso Pharma', version: '2.5.79.0', verdict: 'action-required', savedAt: '2026-12-01T09:00:01.000Z' }
const fabrikam: RepeatRun = { id: 'f', name: 'Fabrikam sync', shortName: 'AADC01', customer: 'Fabrikam Retail', fqdn: 'aadc01.fabrikam.com', version: null, verdict: 'ok', savedAt: '2026-12-01T09:00:02.000Z' }
const question: RepeatQuestion = { subject: walk, subjectLacks: ['customer', 'fqdn', 'tenant'], candidates: [fabrikam, contoso] }

describe('the repeat question', () => {
  it('asks one question about the run known by its name alone, with its facts and local save time', () => {
    expect(questionLead(question)).toBe(`AADC01 (no customer, 2.4.27.0, critical, saved ${formatSavedAt(WALK_SAVED)}) may be a later run of one of these 2 servers, or a different server:`)
  })

  it('names each candidate by customer, computer name, version, verdict and save time, with its own name when it says more', () => {
    expect(candidateLabel(contoso)).toBe(`Contoso Pharma, AADC01, 2.5.79.0, action required, saved ${formatSavedAt(contoso.savedAt)}`)
    expect(candidateLabel(fabrikam)).toBe(`“Fabrikam sync”: Fabrikam Retail, aadc01.fabrikam.com, version not known, ready, saved ${formatSavedAt(fabrikam.savedAt)}`)
    expect(candidateLabel(contoso)).not.toBe(candidateLabel({ ...contoso, id: 'c2', savedAt: '2026-12-02T09:00:00.000Z' }))
  })

  it('says the run asked about lacks the customer, and not that the others do', () => {
    expect(questionReason(question)).toBe('Only its server name AADC01 is saved: it has no customer, full computer name or tenant, so nothing saved tells whether it is the others. Until you answer, each is its own row.')
    expect(runFacts(contoso, { withServer: false })).toMatch(/^Contoso Pharma, /)
  })

  it('names only the facts the run lacks when it knows some', () => {
    const partial: RepeatQuestion = { subject: { ...walk, fqdn: 'aadc01.corp.local' }, subjectLacks: ['customer', 'tenant'], candidates: [contoso] }
    expect(questionReason(partial)).toBe('It shares the server name AADC01: it has no customer or tenant, so nothing saved tells whether it is the other server. Until you answer, each is its own row.')
    expect(questionLead(partial)).toMatch(/^AADC01 \(no customer, aadc01\.corp\.local, 2\.4\.27\.0, critical, saved .*\) may be a later run of this server, or a different server:$/)
  })

  it('says earlier or another run when the run asked about is not the newest', () => {
    expect(questionLead({ ...question, subject: { ...walk, savedAt: '2026-11-01T09:00:00.000Z' } })).toMatch(/may be an earlier run of one of these 2 servers/)
    expect(questionLead({ ...question, subject: { ...walk, savedAt: '2026-12-01T09:00:01.500Z' } })).toMatch(/may be another run of one of these 2 servers/)
  })

  it('counts the questions in the notice', () => {
    expect(repeatsNotice(1)).toBe('One saved run may be another run of a server already listed.')
    expect(repeatsNotice(3)).toBe('3 saved runs may be other runs of servers already listed.')
  })
})
