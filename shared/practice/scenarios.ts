/**
 * Practice scenarios shipped with the app: an install-details document, an as-of date chosen so
 * the scenario teaches something, and a one-paragraph brief for the trainee.
 */
import type { DateFormatter, IsoDate } from '../dates/iso-date'
import { formatMessage } from '../rules/format-message'
import type { InstallDetails } from '../types/install-details'
import {
  CLOUD_SYNC_CANDIDATE,
  HEALTHY_CURRENT,
  STAGING_WORKAROUND,
  SUSPENDED_AUTO_UPGRADE,
  USGOV_2_4_18,
  V1_2012R2,
} from './practice-documents'

/** One scenario. */
export interface PracticeScenario {
  /** Stable, kebab-case. */
  readonly id: string
  readonly title: string
  /** One paragraph: the situation, and what to look for; `{asOf|date}` is the scenario's date (`scenarioBrief` fills it). */
  readonly brief: string
  readonly asOf: IsoDate
  readonly document: InstallDetails
  /** The step where the lesson is. */
  readonly focusStep: 'version' | 'prerequisites' | 'autoupgrade' | 'staging' | 'cloudsync' | 'summary'
}

/** Every scenario, easiest first. */
export const PRACTICE_SCENARIOS: readonly PracticeScenario[] = [
  {
    id: 'healthy-current',
    title: 'A healthy, current server',
    brief:
      'AADC-HEALTHY runs 2.6.84.0 with application-based authentication, as of {asOf|date}. Walk every step and see what "ready" looks like: every deadline met, automatic upgrade on. Then look at Cloud Sync: why does a healthy server still have to stay on Connect Sync?',
    asOf: '2026-11-26',
    document: HEALTHY_CURRENT,
    focusStep: 'summary',
  },
  {
    id: 'v1-2012r2',
    title: 'A V1 server on Windows Server 2012 R2',
    brief:
      'AADC-LEGACY still runs 1.6.16.0 on Windows Server 2012 R2, as of {asOf|date}. It stopped syncing in 2023, yet nobody noticed. Read the timeline: what is already broken, and what breaks next? Why must the upgrade be a swing migration to a new server rather than in place?',
    asOf: '2025-03-03',
    document: V1_2012R2,
    focusStep: 'version',
  },
  {
    id: 'suspended-auto-upgrade',
    title: 'Automatic upgrade suspended',
    brief:
      'AADC-SUSPENDED on 2.4.131.0 should have upgraded itself, but the system suspended automatic upgrade. As of {asOf|date}, decode the suspension reason, find its fix, and work out whether automatic upgrade could ever bring this server to the build it needs before its deadlines.',
    asOf: '2026-03-02',
    document: SUSPENDED_AUTO_UPGRADE,
    focusStep: 'autoupgrade',
  },
  {
    id: 'staging-workaround',
    title: 'An old build that cannot switch staging mode',
    brief:
      'AADC-OLDBUILD is a custom install of 2.3.20.0, as of {asOf|date}. Since MSOnline was retired, its wizard cannot put it in staging mode. Read the generated ADSyncTools script line by line: which guard rails stop it running in the wrong place, and what must you do after the upgrade?',
    asOf: '2025-06-02',
    document: STAGING_WORKAROUND,
    focusStep: 'staging',
  },
  {
    id: 'usgov-2-4-18',
    title: 'A US Government tenant on 2.4.18.0',
    brief:
      'AADC-GOV syncs to Microsoft Entra ID for US Government and runs 2.4.18.0, as of {asOf|date}. That build is the minimum for commercial clouds. Is it enough here? Find the minimum that applies to this cloud and what stopped working.',
    asOf: '2025-05-15',
    document: USGOV_2_4_18,
    focusStep: 'version',
  },
  {
    id: 'cloud-sync-candidate',
    title: 'A Cloud Sync candidate',
    brief:
      'AADC-SMALL syncs one small forest with password hash sync, as of {asOf|date}. Microsoft is moving tenants like this to Cloud Sync first. Check which facts answered the Cloud Sync questions, and what would change for this server if it moved.',
    asOf: '2026-11-26',
    document: CLOUD_SYNC_CANDIDATE,
    focusStep: 'cloudsync',
  },
]

/** The scenario with this id, or `undefined`. */
export function findPracticeScenario(id: string): PracticeScenario | undefined {
  return PRACTICE_SCENARIOS.find((scenario) => scenario.id === id)
}

/** A scenario's brief with its as-of date written through `formatDate` (the screen's locale). */
export function scenarioBrief(scenario: PracticeScenario, formatDate: DateFormatter): string {
  return formatMessage(scenario.brief, { asOf: scenario.asOf }, formatDate)
}
