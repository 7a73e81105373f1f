/**
 * The glossary trainees read beside the wizard: each term in one line, with a Microsoft Learn
 * article for more. Definitions name the rule pack's versions and dates as `{placeholders}`;
 * `glossaryEntries` fills them, as the rules' texts are filled.
 */
import type { DateFormatter } from './dates/iso-date'
import { formatMessage } from './rules/format-message'
import type { RulePack } from './rules/pack/types'
import type { DataValue } from './rules/types'

/** One term. */
export interface GlossaryEntry {
  /** Stable, kebab-case: glossary links point at it. */
  readonly id: string
  readonly term: string
  /** Abbreviation or other name people use, if any. */
  readonly alsoKnownAs?: string
  /** One line; in `GLOSSARY`, with the pack's values as `{placeholders}`. */
  readonly definition: string
  /** A Microsoft Learn article (https, learn.microsoft.com: the app opens only allowlisted hosts). */
  readonly learnUrl: string
}

const CONNECT = 'https://learn.microsoft.com/entra/identity/hybrid/connect/'

/** Every term, alphabetically, as written: `glossaryEntries` gives them filled. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  { id: 'adsynctools', term: 'ADSyncTools', definition: 'A PowerShell module from the PowerShell Gallery with troubleshooting and configuration cmdlets for Connect Sync, such as Enable-ADSyncToolsStagingMode.', learnUrl: `${CONNECT}reference-connect-adsynctools` },
  { id: 'aba', term: 'Application-based authentication', alsoKnownAs: 'ABA', definition: 'Connect signs in to Entra ID as its own application with a certificate instead of the connector account\'s password; announced as required from {appAuthStops|date}.', learnUrl: `${CONNECT}authenticate-application-id` },
  { id: 'auto-upgrade', term: 'Automatic upgrade', alsoKnownAs: 'auto-upgrade', definition: 'Connect installs builds Microsoft published for it by itself, if it is enabled and the server is eligible; timing is randomised.', learnUrl: `${CONNECT}how-to-connect-install-automatic-upgrade` },
  { id: 'connector-space', term: 'Connector space', definition: 'The staging area per connected directory where Connect keeps its copy of each object before it joins the metaverse or is exported.', learnUrl: `${CONNECT}concept-azure-ad-connect-sync-architecture` },
  { id: 'delta-sync', term: 'Delta sync and full sync', definition: 'A delta cycle processes only changes; a full (initial) cycle re-reads everything and is needed after rule changes and some upgrades.', learnUrl: `${CONNECT}how-to-connect-sync-feature-scheduler` },
  { id: 'end-of-support', term: 'End of support', definition: 'Each 2.x build is supported until {supportMonths|month} after its successor is released; after that it gets no fixes and "might unexpectedly stop working".', learnUrl: `${CONNECT}reference-connect-version-history` },
  { id: 'in-place-upgrade', term: 'In-place upgrade', definition: 'Running the new installer on the existing sync server: quick, but with no rollback and a full sync afterwards when rules changed.', learnUrl: `${CONNECT}how-to-upgrade-previous-version` },
  { id: 'localdb', term: 'LocalDB', alsoKnownAs: 'SQL Server Express LocalDB', definition: 'The small SQL Server that Express installs use for the sync database; it is limited to {localDbLimitGb} GB.', learnUrl: `${CONNECT}how-to-connect-install-prerequisites` },
  { id: 'metaverse', term: 'Metaverse', definition: 'Connect\'s central store where objects from all connected directories are joined into one identity per person, group or device.', learnUrl: `${CONNECT}concept-azure-ad-connect-sync-architecture` },
  { id: 'cloud-sync', term: 'Microsoft Entra Cloud Sync', definition: 'The lightweight successor to Connect Sync: agents on-premises, configuration in the cloud; it does not yet cover every Connect Sync feature.', learnUrl: 'https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/what-is-cloud-sync' },
  { id: 'hybrid-join', term: 'Microsoft Entra hybrid join', definition: 'Domain-joined Windows devices registered in Entra ID too; Connect Sync synchronizes the device objects for it.', learnUrl: 'https://learn.microsoft.com/entra/identity/devices/concept-hybrid-join' },
  { id: 'msonline', term: 'MSOnline PowerShell', definition: 'The legacy PowerShell module for Entra ID, retired in 2025; Connect builds before {msonlineRemovedIn} still use it in their wizard.', learnUrl: `${CONNECT}harden-update-ad-fs-pingfederate` },
  { id: 'pta', term: 'Pass-through authentication', alsoKnownAs: 'PTA', definition: 'Sign-ins are checked against on-premises AD by agents on your servers; Connect Sync sets it up, Cloud Sync cannot.', learnUrl: `${CONNECT}how-to-connect-pta` },
  { id: 'phs', term: 'Password hash sync', alsoKnownAs: 'PHS', definition: 'Connect synchronizes a hash of each user\'s password hash to Entra ID, so users sign in to the cloud with their on-premises password.', learnUrl: `${CONNECT}whatis-phs` },
  { id: 'server-configuration-version', term: 'Server configuration version', definition: 'The build the sync configuration was last upgraded to; if it differs from the installed build, an upgrade did not finish.', learnUrl: `${CONNECT}how-to-upgrade-previous-version` },
  { id: 'staging-mode', term: 'Staging mode', definition: 'A server that imports and synchronizes but exports nothing: a standby, or a safe place to test an upgrade before it becomes active.', learnUrl: `${CONNECT}how-to-connect-sync-staging-server` },
  { id: 'swing-migration', term: 'Swing migration', definition: 'Installing the new build on a second server in staging mode, checking it, then switching roles; the safest path for old builds.', learnUrl: `${CONNECT}how-to-upgrade-previous-version` },
  { id: 'sync-rule', term: 'Sync rule', definition: 'A rule that decides which objects and attributes flow between a connector space and the metaverse; custom rules are edited in the Synchronization Rules Editor.', learnUrl: `${CONNECT}how-to-connect-create-custom-sync-rule` },
  { id: 'scheduler', term: 'Sync scheduler', definition: 'Runs a delta sync cycle every 30 minutes by default; Get-ADSyncScheduler shows it and Set-ADSyncScheduler -SyncCycleEnabled turns it on or off.', learnUrl: `${CONNECT}how-to-connect-sync-feature-scheduler` },
  { id: 'tls12', term: 'TLS 1.2', definition: 'The only protocol version Connect V2 uses; eight registry values make .NET and Windows use it by default.', learnUrl: `${CONNECT}reference-connect-tls-enforcement` },
  { id: 'v1-v2', term: 'V1 and V2', definition: 'Connect 1.x builds (V1) stopped syncing on {v1StoppedOn|date}; V2 (2.x) needs Windows Server 2016 or later.', learnUrl: `${CONNECT}whatis-azure-ad-connect-v2` },
]

/** The pack's values the definitions name. */
function glossaryData(pack: RulePack): Readonly<Record<string, DataValue>> {
  return {
    appAuthStops: pack.deadlines.appAuth2027.stops,
    supportMonths: pack.thresholds.endOfSupport.policyMonths,
    localDbLimitGb: Math.round(pack.thresholds.database.localDbLimitMb / 1024),
    msonlineRemovedIn: pack.thresholds.msonline.removedIn,
    v1StoppedOn: pack.deadlines.v1.stoppedOn,
  }
}

const FILLED = new WeakMap<RulePack, { readonly formatDate: DateFormatter; readonly entries: readonly GlossaryEntry[] }>()

/** Every term with `pack`'s values filled in, dates written by `formatDate` (remembered per pack). */
export function glossaryEntries(pack: RulePack, formatDate: DateFormatter): readonly GlossaryEntry[] {
  const known = FILLED.get(pack)
  if (known !== undefined && known.formatDate === formatDate) {
    return known.entries
  }
  const data = glossaryData(pack)
  const entries = GLOSSARY.map((entry) => ({ ...entry, definition: formatMessage(entry.definition, data, formatDate) }))
  FILLED.set(pack, { formatDate, entries })
  return entries
}
