import { describe, expect, it } from 'vitest'
import { domainJoined } from '~shared/rules/prereq/domain-joined'
import { makeDetails, runRule } from '../harness'

describe('prereq/domain-joined', () => {
  it('passes a domain-joined server', () => {
    expect(runRule(domainJoined, makeDetails({ server: { domainJoined: true } })).status).toBe('pass')
  })

  it('fails a workgroup server', () => {
    expect(runRule(domainJoined, makeDetails({ server: { domainJoined: false } })).status).toBe('fail')
  })

  it('is unknown when not reported', () => {
    expect(runRule(domainJoined, makeDetails({ server: { domainJoined: null } })).status).toBe('unknown')
  })
})
