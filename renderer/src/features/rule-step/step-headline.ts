/**
 * A rule step's headline: how many of its checks need something, and the first of them in a few
 * words. The advisory Cloud Sync evaluations are advice, not checks: they are never counted as
 * failing or warning checks, and a step whose only news is advice says so.
 */
import type { Finding } from '~shared/rules/types'
import { isAdvisory } from '~renderer/components/cloud-sync-fit'

const isLoud = (finding: Finding) => finding.status === 'fail' || finding.status === 'warn'

/** "1 of 2 checks fails", "2 of 3 checks fail", "1 of 1 check fails". */
function counted(count: number, total: number, verbOne: string, verbMany: string): string {
  return `${count} of ${total} ${total === 1 ? 'check' : 'checks'} ${count === 1 ? verbOne : verbMany}`
}

/** The finding the step's headline names ("First: …"): the first failing or warning check, else the first such advice. */
export function firstNamed(findings: readonly Finding[]): Finding | undefined {
  return findings.find((finding) => isLoud(finding) && !isAdvisory(finding.ruleId)) ?? findings.find(isLoud)
}

/** The step's headline for `findings` (the step's, in display order). */
export function stepHeadline(findings: readonly Finding[]): string {
  const checks = findings.filter((finding) => !isAdvisory(finding.ruleId))
  const needs = checks.filter(isLoud)
  const unknown = checks.filter((finding) => finding.status === 'unknown').length
  const first = needs[0]
  if (first !== undefined) {
    const fails = needs.filter((finding) => finding.status === 'fail').length
    const count = fails > 0 ? counted(fails, checks.length, 'fails', 'fail') : counted(needs.length, checks.length, 'warns', 'warn')
    return `${count}. First: ${first.headline ?? first.title}.`
  }
  const undecided = unknown > 0 ? `${counted(unknown, checks.length, 'cannot decide', 'cannot decide')}: a fact it needs is missing.` : undefined
  const advice = findings.filter((finding) => isLoud(finding) && isAdvisory(finding.ruleId))
  if (advice.length > 0) {
    const said = advice.map((finding) => finding.headline ?? finding.title).join('; ')
    return `${said}. This is advice, not a failing check${undecided === undefined ? ': nothing here fails.' : `. ${undecided}`}`
  }
  if (undecided !== undefined) {
    return `${undecided} Nothing here fails.`
  }
  if (checks.length === 0) {
    const open = findings.find((finding) => finding.status === 'unknown')
    return open === undefined ? 'Nothing to fix here: the advice on this step asks for no change.' : `${open.headline ?? open.title}: answer the questions below. This is advice: nothing here fails.`
  }
  return checks.length === 1 ? 'Nothing to fix here: its one check passes or does not apply.' : `Nothing to fix here: all ${checks.length} checks pass or do not apply.`
}
