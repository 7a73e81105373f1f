/**
 * Auto-upgrade result codes and suspension reasons: what each means, what it does to the upgrade,
 * and how to fix it (the automatic upgrade article and its older revisions; both spellings of the
 * "exe in use" code).
 */
import type { Confidence } from '../types'

/**
 * What the code does to auto-upgrade: `aborts` (temporary; retried later), `blocks` (the
 * configuration rules auto-upgrade out; upgrade manually), `rolled-back` (tried, failed, rolled
 * back), `suspends` (a suspension reason that is not an UpgradeResult value).
 */
export type UpgradeCodeEffect = 'aborts' | 'blocks' | 'rolled-back' | 'suspends'

/**
 * Where the code is documented: the current article, only older revisions, only as an example, or
 * `derived` (not a code Microsoft's upgrader reports: this app's name for a condition the articles
 * imply, such as a retired V1 build).
 */
export type UpgradeCodeEra = 'current' | 'historical' | 'example' | 'derived'

/** One code. */
export interface UpgradeCode {
  readonly code: string
  /** Plain meaning, one sentence. */
  readonly meaning: string
  readonly effect: UpgradeCodeEffect
  readonly era: UpgradeCodeEra
  /** What to do about it. */
  readonly fix: string
  readonly powershell?: string
  readonly confidence: Confidence
}

const HISTORICAL_FIX =
  'A code from older builds: current builds no longer block on this. Upgrade manually to the newest build from the Microsoft Entra admin center.'
const MANUAL = 'Auto-upgrade will not handle this server: upgrade manually with the newest build from the Microsoft Entra admin center.'

/** Every known code; a compound reason (`<code>-<detail>`) decodes by its prefix. */
export const UPGRADE_CODES: readonly UpgradeCode[] = [
  { code: 'UpgradeAbortedCouldNotSetUpgradeMarker', meaning: 'The upgrade could not write its marker to the registry.', effect: 'aborts', era: 'current', fix: 'Check that the local Administrators group can write to HKLM\\SOFTWARE on the server; the upgrade is retried.', confidence: 'documented' },
  { code: 'UpgradeAbortedInsufficientDatabasePermissions', meaning: 'The built-in Administrators group lacks permissions on the sync database.', effect: 'aborts', era: 'current', fix: 'Upgrade manually with an account that is DBO (or similar) on the ADSync database.', confidence: 'documented' },
  { code: 'UpgradeAbortedInsufficientDiskSpace', meaning: 'There is not enough disk space for the upgrade.', effect: 'aborts', era: 'current', fix: 'Free disk space on the server; the upgrade is retried.', confidence: 'documented' },
  { code: 'UpgradeAbortedSecurityGroupsNotPresent', meaning: "The sync engine's security groups (ADSyncAdmins and the others) could not be found or resolved.", effect: 'aborts', era: 'current', fix: 'Make sure the ADSync security groups exist and resolve on the server, then let the upgrade retry.', confidence: 'documented' },
  { code: 'UpgradeAbortedServiceCanNotBeStarted', meaning: 'The Microsoft Entra ID Sync service (ADSync) failed to start.', effect: 'aborts', era: 'current', fix: "Check the service's sign-in account and the Application event log, then start the service.", powershell: 'Start-Service ADSync', confidence: 'documented' },
  { code: 'UpgradeAbortedServiceCanNotBeStopped', meaning: 'The Microsoft Entra ID Sync service (ADSync) failed to stop.', effect: 'aborts', era: 'current', fix: 'Look for a hung synchronization run, then stop the service cleanly.', powershell: 'Stop-Service ADSync', confidence: 'documented' },
  { code: 'UpgradeAbortedServiceIsNotRunning', meaning: 'The Microsoft Entra ID Sync service (ADSync) is not running.', effect: 'aborts', era: 'current', fix: 'Start the service and keep it running.', powershell: 'Start-Service ADSync', confidence: 'documented' },
  { code: 'UpgradeAbortedSyncCycleDisabled', meaning: "The scheduler's sync cycle is disabled.", effect: 'aborts', era: 'current', fix: 'Re-enable the sync cycle.', powershell: 'Set-ADSyncScheduler -SyncCycleEnabled $true', confidence: 'documented' },
  { code: 'UpgradeAbortedSyncExeInUse', meaning: 'The Synchronization Service Manager was open.', effect: 'aborts', era: 'current', fix: 'Close the Synchronization Service Manager on the server (and leave it closed).', confidence: 'documented' },
  { code: 'UpgradeAbortedAdSyncExeInUse', meaning: 'The Synchronization Service Manager was open (the spelling used in the article\'s example).', effect: 'aborts', era: 'example', fix: 'Close the Synchronization Service Manager on the server (and leave it closed).', confidence: 'uncertain' },
  { code: 'UpgradeAbortedSyncOrConfigurationInProgress', meaning: 'The Connect wizard was open, or a sync was started outside the scheduler.', effect: 'aborts', era: 'current', fix: 'Close the Connect wizard and let manual sync runs finish.', confidence: 'documented' },
  { code: 'UpgradeNotSupportedTLSVersionIncorrect', meaning: 'TLS 1.2 is not enforced on the server.', effect: 'blocks', era: 'current', fix: 'Set the eight TLS 1.2 registry values (see the TLS 1.2 prerequisite) and restart the server.', powershell: 'Get-ADSyncToolsTls12', confidence: 'documented' },
  { code: 'UpgradeNotSupportedCustomizedSyncRules', meaning: 'Custom sync rules are present (blocks only builds before 2.2.1.0).', effect: 'blocks', era: 'current', fix: MANUAL, confidence: 'documented' },
  { code: 'UpgradeNotSupportedInvalidPersistedState', meaning: 'The install is not an Express-settings install or a DirSync upgrade.', effect: 'blocks', era: 'current', fix: MANUAL, confidence: 'documented' },
  { code: 'UpgradeNotSupportedNonLocalDbInstall', meaning: 'The server uses a full SQL Server, not SQL Server Express LocalDB.', effect: 'blocks', era: 'current', fix: MANUAL, confidence: 'documented' },
  { code: 'UpgradeNotSupportedLocalDbSizeExceeded', meaning: 'The LocalDB database is 8 GB or larger.', effect: 'blocks', era: 'current', fix: `${MANUAL} Plan a move to full SQL Server before LocalDB reaches its 10 GB limit.`, confidence: 'documented' },
  { code: 'UpgradeNotSupportedAADHealthUploadDisabled', meaning: 'Connect Health data uploads are disabled in the portal.', effect: 'blocks', era: 'current', fix: 'Enable data upload in the Microsoft Entra admin center (Connect Health > Sync services > Settings).', confidence: 'documented' },
  { code: 'UpgradeFailedRollbackSuccess', meaning: 'The upgrade failed and was rolled back: the server still runs its previous build.', effect: 'rolled-back', era: 'example', fix: 'Read %ProgramData%\\AADConnect\\SyncEngine-AutoUpgrader-*.log for the failing step (named after the dash), fix it, then upgrade manually.', confidence: 'documented' },
  { code: 'AADHealthEndpointNotDefined', meaning: 'The Connect Health endpoint that auto-upgrade relies on is not defined for this server.', effect: 'suspends', era: 'example', fix: 'Check that the Connect Health agent is installed and registered and that the Health URLs pass the proxy and firewall.', confidence: 'uncertain' },
  { code: 'DirSyncInPlaceUpgradeNonLocalDb', meaning: 'The server was upgraded in place from DirSync and does not use LocalDB.', effect: 'suspends', era: 'example', fix: MANUAL, confidence: 'uncertain' },
  { code: 'NotEligibleV1Build', meaning: 'A V1 (1.x) build: retired since 31 Aug 2022, and automatic upgrade never moves a server from V1 to V2 (this app\'s name for it, not a code Microsoft reports).', effect: 'blocks', era: 'derived', fix: 'Build a new Windows Server 2022 or 2025 server with the newest build and move to it (swing migration).', confidence: 'derived' },
  { code: 'NotEligibleWindowsServerBelow2016', meaning: 'Windows Server older than 2016: no V2 build installs on it, so automatic upgrade has nothing to bring (this app\'s name for it, not a code Microsoft reports).', effect: 'blocks', era: 'derived', fix: 'Build a new Windows Server 2022 or 2025 server with the newest build and move to it (swing migration); an in-place OS upgrade is not supported.', confidence: 'derived' },
  { code: 'UpgradeNotSupportedDeviceWritebackEnabled', meaning: 'Device writeback was enabled.', effect: 'blocks', era: 'historical', fix: HISTORICAL_FIX, confidence: 'uncertain' },
  { code: 'UpgradeNotSupportedGroupWritebackEnabled', meaning: 'Group writeback was enabled.', effect: 'blocks', era: 'historical', fix: HISTORICAL_FIX, confidence: 'uncertain' },
  { code: 'UpgradeNotSupportedUserWritebackEnabled', meaning: 'User writeback was enabled.', effect: 'blocks', era: 'historical', fix: HISTORICAL_FIX, confidence: 'uncertain' },
  { code: 'UpgradeNotSupportedMetaverseSizeExceeeded', meaning: 'The metaverse held more than 100,000 objects (the code is spelled with three "e").', effect: 'blocks', era: 'historical', fix: HISTORICAL_FIX, confidence: 'uncertain' },
  { code: 'UpgradeNotSupportedMultiForestSetup', meaning: 'More than one forest was connected.', effect: 'blocks', era: 'historical', fix: HISTORICAL_FIX, confidence: 'uncertain' },
  { code: 'UpgradeNotSupportedNonMsolAccount', meaning: 'The AD connector account was not the default MSOL_ account.', effect: 'blocks', era: 'historical', fix: HISTORICAL_FIX, confidence: 'uncertain' },
  { code: 'UpgradeNotSupportedStagingModeEnabled', meaning: 'The server was in staging mode.', effect: 'blocks', era: 'historical', fix: HISTORICAL_FIX, confidence: 'uncertain' },
  { code: 'UpgradeNotSupportedNotConfiguredSignInMethod', meaning: '"Do not configure" was chosen as the user sign-in method.', effect: 'blocks', era: 'historical', fix: HISTORICAL_FIX, confidence: 'uncertain' },
  { code: 'UpgradeNotSupportedPtaSignInMethod', meaning: 'Pass-through authentication was the user sign-in method.', effect: 'blocks', era: 'historical', fix: HISTORICAL_FIX, confidence: 'uncertain' },
]
