/**
 * `autoupgrade/eligibility`: which conditions stop automatic upgrade on this server: the automatic
 * upgrade article's list, plus two the articles imply (a V1 build; Windows Server older than 2016,
 * where no V2 build installs), with the thresholds from the pack.
 *
 * Each condition yields its code, clears, or names the facts it lacks. Any code decides (`fail`);
 * otherwise a condition that cannot be judged leaves the answer `unknown`, listing what is missing.
 */
import type { InstallDetails } from '~shared/types/install-details'
import { isBelow } from '../remembered'
import type { RulePack } from '../pack/types'
import { installedVersion } from '../read-facts'
import { SOURCE_AUTO_UPGRADE, SOURCE_SCHEDULER, SOURCE_TLS } from '../sources'
import { readTls12 } from '../tls12-values'
import type { Outcome, RemediationStep, Rule } from '../types'
import { codeRemediation, findUpgradeCode } from '../upgrade-code-lookup'

/** A condition's answer: whether the code applies, or the facts missing to tell. */
type ConditionAnswer = { readonly applies: boolean } | { readonly missing: readonly string[] }

interface Condition {
  readonly code: string
  readonly judge: (details: InstallDetails, pack: RulePack) => ConditionAnswer
}

const KIND = 'connect.database.kind'
const SIZE = 'connect.database.localDbSizeMb'
const RULES = 'connect.customSyncRuleCount'
const VERSION = 'connect.version'
const OS_BUILD = 'server.os.build'

function isFlag(value: boolean | null | undefined, path: string, blocksWhen: boolean): ConditionAnswer {
  return value === undefined || value === null ? { missing: [path] } : { applies: value === blocksWhen }
}

const CONDITIONS: readonly Condition[] = [
  {
    code: 'UpgradeNotSupportedInvalidPersistedState',
    judge: (details) => {
      const installType = details.connect?.installType ?? undefined
      return installType === undefined ? { missing: ['connect.installType'] } : { applies: installType === 'custom' }
    },
  },
  {
    code: 'UpgradeNotSupportedNonLocalDbInstall',
    judge: (details) => {
      const kind = details.connect?.database?.kind ?? undefined
      return kind === undefined ? { missing: [KIND] } : { applies: kind === 'sql' }
    },
  },
  {
    code: 'UpgradeNotSupportedLocalDbSizeExceeded',
    judge: (details, pack) => {
      const kind = details.connect?.database?.kind ?? undefined
      const sizeMb = details.connect?.database?.localDbSizeMb ?? undefined
      if (kind === 'sql') {
        return { applies: false }
      }
      if (kind === undefined || sizeMb === undefined) {
        return { missing: [...(kind === undefined ? [KIND] : []), ...(sizeMb === undefined ? [SIZE] : [])] }
      }
      return { applies: sizeMb >= pack.thresholds.database.localDbWarnMb }
    },
  },
  {
    code: 'UpgradeNotSupportedAADHealthUploadDisabled',
    judge: (details) => isFlag(details.connect?.healthUploadEnabled, 'connect.healthUploadEnabled', false),
  },
  {
    code: 'UpgradeNotSupportedTLSVersionIncorrect',
    judge: (details, pack) => {
      if (details.tls12 === undefined || details.tls12 === null) {
        return { missing: ['tls12'] }
      }
      const reading = readTls12(details, pack.thresholds.tls12)
      return reading.state === 'unknown' ? { missing: reading.missing } : { applies: reading.state === 'wrong' }
    },
  },
  {
    code: 'UpgradeNotSupportedCustomizedSyncRules',
    judge: (details, pack) => {
      const count = details.connect?.customSyncRuleCount ?? undefined
      const version = installedVersion(details)
      if (count === 0 || (version !== undefined && !isBelow(version, pack.thresholds.customRulesBlockBelow))) {
        return { applies: false }
      }
      if (count === undefined || version === undefined) {
        return { missing: [...(count === undefined ? [RULES] : []), ...(version === undefined ? [VERSION] : [])] }
      }
      return { applies: true }
    },
  },
  {
    code: 'UpgradeAbortedSyncCycleDisabled',
    judge: (details) => isFlag(details.connect?.syncCycleEnabled, 'connect.syncCycleEnabled', false),
  },
  {
    code: 'NotEligibleV1Build',
    judge: (details, pack) => {
      const version = installedVersion(details)
      return version === undefined ? { missing: [VERSION] } : { applies: isBelow(version, pack.deadlines.v1.minimum) }
    },
  },
  {
    code: 'NotEligibleWindowsServerBelow2016',
    judge: (details, pack) => {
      const build = details.server?.os?.build ?? undefined
      return build === undefined ? { missing: [OS_BUILD] } : { applies: build < pack.thresholds.os.minimumBuild }
    },
  },
]

/** The rule. */
export const eligibility: Rule = {
  id: 'autoupgrade/eligibility',
  step: 'autoupgrade',
  title: 'Eligible for automatic upgrade',
  severity: 'warning',
  confidence: 'documented',
  caveat:
    'Microsoft also says it "occasionally" auto-upgrades customers and has run phased auto-upgrades to particular ' +
    'builds, so whether a custom install can ever be auto-upgraded is not certain: plan a manual upgrade.',
  why:
    'Automatic upgrade only touches servers that meet its eligibility list; any blocking condition leaves the ' +
    'upgrade to you, and the deadlines still apply.',
  sources: [SOURCE_AUTO_UPGRADE, SOURCE_TLS, SOURCE_SCHEDULER],
  facts: ['connect.installType', KIND, SIZE, 'connect.healthUploadEnabled', 'tls12', RULES, VERSION, 'connect.syncCycleEnabled', OS_BUILD],
  messages: {
    pass: 'No documented condition blocks automatic upgrade.',
    fail: 'Automatic upgrade is blocked: {codes}.',
    unknown: 'No blocking condition was found, but these facts are missing: {missing}.',
  },
  headlines: {
    fail: 'Automatic upgrade cannot upgrade this server',
    unknown: 'Automatic upgrade eligibility not known',
  },
  remediation: {
    unknown: [{ text: 'Collect the missing facts with the collector script, or enter them by hand.' }],
  },
  check: ({ details, pack }): Outcome => {
    // One pass over the conditions, in order: codes in the list's order, each missing fact once.
    const codes: string[] = []
    const missing: string[] = []
    for (const condition of CONDITIONS) {
      const answer = condition.judge(details, pack)
      if ('applies' in answer) {
        if (answer.applies) {
          codes.push(condition.code)
        }
      } else {
        for (const fact of answer.missing) {
          if (!missing.includes(fact)) {
            missing.push(fact)
          }
        }
      }
    }
    if (codes.length > 0) {
      const remediation: RemediationStep[] = []
      for (const code of codes) {
        const entry = findUpgradeCode(pack, code)
        if (entry !== undefined) {
          remediation.push(codeRemediation(entry))
        }
      }
      return { status: 'fail', messageId: 'fail', data: { codes, missing }, remediation }
    }
    if (missing.length > 0) {
      return { status: 'unknown', messageId: 'unknown', data: { codes, missing } }
    }
    return { status: 'pass', messageId: 'pass', data: { codes, missing } }
  },
}
