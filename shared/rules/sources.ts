/**
 * The source articles the rules cite, one constant each, with the revision that was read.
 *
 * Each names the revision that was read (its ms.date, or the date evident from its content); URLs
 * are the articles' Microsoft Learn addresses.
 */
import type { SourceRef } from './types'

const LEARN_CONNECT = 'https://learn.microsoft.com/entra/identity/hybrid/connect/'
const LEARN_CLOUD_SYNC = 'https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/'

/** The hardening update article (AD FS / PingFederate, wizard sign-in, 2026 floor). */
export const SOURCE_HARDENING: SourceRef = {
  title: 'Harden update for Microsoft Entra Connect Sync (AD FS / PingFederate)',
  url: `${LEARN_CONNECT}harden-update-ad-fs-pingfederate`,
  revision: 'rev 2025-04-09; Learn copy rev 2025-09-19',
}

/** The version release history, with its end-of-support table. */
export const SOURCE_VERSION_HISTORY: SourceRef = {
  title: 'Microsoft Entra Connect: Version release history',
  url: `${LEARN_CONNECT}reference-connect-version-history`,
  revision: 'ms.date 2026-09-16 (saved copy of 2026-09-23, read 2026-12-06); end-of-support table of older builds from rev 2025-09-01',
}

/** The installation prerequisites article. */
export const SOURCE_PREREQUISITES: SourceRef = {
  title: 'Prerequisites for Microsoft Entra Connect',
  url: `${LEARN_CONNECT}how-to-connect-install-prerequisites`,
  revision: 'Learn copy ms.date 2026-01-16, taken on or after 2026-09-29 (read 2026-12-06); rev 2025-09-29 for older text',
}

/** The V1 decommissioning article. */
export const SOURCE_DECOMMISSION_V1: SourceRef = {
  title: 'Decommission Microsoft Entra Connect Sync V1',
  url: 'https://learn.microsoft.com/entra/identity/hybrid/decommission-connect-sync-v1',
  revision: 'current revision (read 2026)',
}

/** What V2 is and why V1 retired. */
export const SOURCE_V2: SourceRef = {
  title: 'Introduction to Microsoft Entra Connect V2',
  url: `${LEARN_CONNECT}whatis-azure-ad-connect-v2`,
  revision: 'rev 2023-11-06',
}

/** Application-based authentication for the Entra connector. */
export const SOURCE_APP_AUTH: SourceRef = {
  title: 'Authenticate to Microsoft Entra ID with application identity',
  url: `${LEARN_CONNECT}authenticate-application-id`,
  revision: 'rev 2025-07-24',
}

/** The automatic upgrade article (states, eligibility, result codes). */
export const SOURCE_AUTO_UPGRADE: SourceRef = {
  title: 'Microsoft Entra Connect: Automatic upgrade',
  url: `${LEARN_CONNECT}how-to-connect-install-automatic-upgrade`,
  revision: 'rev 2025-04-09',
}

/** TLS 1.2 enforcement for Connect. */
export const SOURCE_TLS: SourceRef = {
  title: 'TLS 1.2 enforcement for Microsoft Entra Connect',
  url: `${LEARN_CONNECT}reference-connect-tls-enforcement`,
  revision: 'current revision (commit 0039785a)',
}

/** How to find the installed .NET Framework versions. */
export const SOURCE_DOTNET: SourceRef = {
  title: 'How to determine which .NET Framework versions are installed',
  url: 'https://learn.microsoft.com/dotnet/framework/install/how-to-determine-which-versions-are-installed',
  revision: 'ms.date 2025-10-20',
}

/** Upgrading from a previous version (in-place vs swing migration). */
export const SOURCE_UPGRADE_PATHS: SourceRef = {
  title: 'Microsoft Entra Connect: Upgrade from a previous version to the latest',
  url: `${LEARN_CONNECT}how-to-upgrade-previous-version`,
  revision: 'rev 2024-12-26',
}

/** The staging server article. */
export const SOURCE_STAGING: SourceRef = {
  title: 'Microsoft Entra Connect: Staging server and disaster recovery',
  url: `${LEARN_CONNECT}how-to-connect-sync-staging-server`,
  revision: 'rev 2024-12-26',
}

/** The built-in scheduler article. */
export const SOURCE_SCHEDULER: SourceRef = {
  title: 'Microsoft Entra Connect Sync: Scheduler',
  url: `${LEARN_CONNECT}how-to-connect-sync-feature-scheduler`,
  revision: 'rev 2025-04-09',
}

/** Troubleshooting a failed automatic upgrade (partial upgrades). */
export const SOURCE_AUTO_UPGRADE_TROUBLESHOOT: SourceRef = {
  title: 'Troubleshoot Microsoft Entra Connect automatic upgrade issues',
  url: 'https://learn.microsoft.com/troubleshoot/azure/entra/entra-id/user-prov-sync/cannot-work-automatic-upgrade',
  revision: 'current revision (read 2026)',
}

/** Cloud Sync: what it is, with the comparison table. */
export const SOURCE_CLOUD_SYNC: SourceRef = {
  title: 'What is Microsoft Entra Cloud Sync?',
  url: `${LEARN_CLOUD_SYNC}what-is-cloud-sync`,
  revision: 'rev 2025-09-29',
}

/** The Connect Sync to Cloud Sync decision guide. */
export const SOURCE_CLOUD_SYNC_DECISION: SourceRef = {
  title: 'Microsoft Entra Connect Sync to Cloud Sync decision guide',
  url: `${LEARN_CLOUD_SYNC}connect-to-cloud-sync-decision-guide`,
  revision: 'Learn copy ms.date 2026-10-06',
}

/** Cloud Sync prerequisites. */
export const SOURCE_CLOUD_SYNC_PREREQUISITES: SourceRef = {
  title: 'Prerequisites for Microsoft Entra Cloud Sync',
  url: `${LEARN_CLOUD_SYNC}how-to-prerequisites`,
  revision: 'Learn copy ms.date 2026-07-27',
}

/** What's new in Microsoft Entra ID (MSOnline retirement, distribution and Cloud Sync announcements). */
export const SOURCE_WHATS_NEW: SourceRef = {
  title: "What's new in Microsoft Entra ID",
  url: 'https://learn.microsoft.com/entra/fundamentals/whats-new',
  revision: 'revs covering Dec 2024 - Apr 2025, and rev 2026-04-15',
}

/** The ADSync PowerShell reference (Get-/Set-ADSyncAutoUpgrade, scheduler, database cmdlets). */
export const SOURCE_ADSYNC_CMDLETS: SourceRef = {
  title: 'Microsoft Entra Connect: ADSync PowerShell reference',
  url: `${LEARN_CONNECT}reference-connect-adsync`,
  revision: 'current revision (read 2026)',
}

/** The ADSyncTools PowerShell reference. */
export const SOURCE_ADSYNCTOOLS: SourceRef = {
  title: 'Microsoft Entra Connect: ADSyncTools PowerShell reference',
  url: `${LEARN_CONNECT}reference-connect-adsynctools`,
  revision: 'rev 2023-11-06',
}

/** Older revisions of the automatic upgrade article, which listed codes the current one dropped. */
export const SOURCE_AUTO_UPGRADE_HISTORY: SourceRef = {
  title: 'Automatic upgrade: 2016-2020 revisions (historical result codes)',
  url: 'https://github.com/MicrosoftDocs/azure-docs/commits/main/articles/active-directory/hybrid/how-to-connect-install-automatic-upgrade.md',
  revision: '2016 and 2020 revisions; 2017-2019 localized copies',
}

/** The supported sync scenarios table (Cloud Sync vs Connect Sync). */
export const SOURCE_COMMON_SCENARIOS: SourceRef = {
  title: 'Microsoft Entra hybrid identity: supported sync scenarios',
  url: 'https://learn.microsoft.com/entra/identity/hybrid/common-scenarios',
  revision: 'rev 2023-11-06',
}

/**
 * Third-party, not Microsoft documentation: a public support feed of Connect builds and
 * end-of-support dates. Cited only for dates no Microsoft article states (shown as unconfirmed).
 */
export const SOURCE_THIRD_PARTY_SUPPORT_FEED: SourceRef = {
  title: 'Third-party (not Microsoft): o365soa support feed of Connect builds',
  url: 'https://github.com/o365soa/soa/blob/main/docs/dirsyncversion.json',
  revision: 'read 2026-11-26; the feed stops at 2.6.3.0 (last commit 2026-04-07)',
}

/** The guided migration from Connect Sync to Cloud Sync (the tool shipped with Connect 2.6.91.0). */
export const SOURCE_CLOUD_SYNC_MIGRATION_TOOL: SourceRef = {
  title: 'Migrate from Microsoft Entra Connect Sync to Cloud Sync with the migration tool',
  url: `${LEARN_CLOUD_SYNC}migrate-connect-sync-cloud-sync-tool`,
  revision: 'ms.date 2026-09-16 (read 2026-12-06)',
}

/** Cloud Sync device synchronization. */
export const SOURCE_CLOUD_SYNC_DEVICES: SourceRef = {
  title: 'Device synchronization with Microsoft Entra Cloud Sync',
  url: `${LEARN_CLOUD_SYNC}device-sync`,
  revision: 'Learn copy ms.date 2026-09-29 (read 2026-12-06)',
}

/** What Connect Sync is (and that it retires after Cloud Sync reaches full parity). */
export const SOURCE_CONNECT_SYNC_WHAT_IS: SourceRef = {
  title: 'What is Microsoft Entra Connect Sync?',
  url: `${LEARN_CONNECT}how-to-connect-sync-whatis`,
  revision: 'Learn copy ms.date 2026-10-06 (read 2026-12-06)',
}

/** Microsoft's security update guide entry for CVE-2026-65673. */
export const SOURCE_CVE_2026_65673: SourceRef = {
  title: 'CVE-2026-65673: Microsoft Entra Connect Elevation of Privilege Vulnerability',
  url: 'https://msrc.microsoft.com/update-guide/vulnerability/CVE-2026-65673',
  revision: 'published 2026-08-11, updated 2026-10-08 (CVE record read 2026-12-06)',
}

/** Third-party to the Learn articles: the ADSyncTools package page on the PowerShell Gallery. */
export const SOURCE_ADSYNCTOOLS_GALLERY: SourceRef = {
  title: 'ADSyncTools on the PowerShell Gallery (package page, not a Learn article)',
  url: 'https://www.powershellgallery.com/packages/ADSyncTools',
  revision: 'versions 2.1.0 to 2.5.2 (read 2026-12-06)',
}

/** Exporting and importing the Connect Sync configuration (what a swing migration carries). */
export const SOURCE_IMPORT_EXPORT_CONFIG: SourceRef = {
  title: 'Import and export Microsoft Entra Connect configuration settings',
  url: `${LEARN_CONNECT}how-to-connect-import-export-config`,
  revision: 'rev 2025-04-09',
}

/** Fixing modified default rules. */
export const SOURCE_FIX_DEFAULT_RULES: SourceRef = {
  title: 'Fix modified default rules in Microsoft Entra Connect',
  url: `${LEARN_CONNECT}how-to-connect-fix-default-rules`,
  revision: 'rev 2024-12-19',
}

/** Best practices for changing the default configuration (cloning, precedence, tags). */
export const SOURCE_CHANGE_DEFAULT_CONFIG: SourceRef = {
  title: 'Microsoft Entra Connect Sync: Best practices for changing the default configuration',
  url: `${LEARN_CONNECT}how-to-connect-sync-best-practices-changing-default-configuration`,
  revision: 'rev 2025-04-09',
}

/** Making a change to the default configuration (precedence bands, ImmutableTag). */
export const SOURCE_CHANGE_CONFIGURATION: SourceRef = {
  title: 'Microsoft Entra Connect Sync: Make a change to the default configuration',
  url: `${LEARN_CONNECT}how-to-connect-sync-change-the-configuration`,
  revision: 'rev 2025-04-09',
}

/** Domain, OU, group and attribute filtering. */
export const SOURCE_FILTERING: SourceRef = {
  title: 'Microsoft Entra Connect Sync: Configure filtering',
  url: `${LEARN_CONNECT}how-to-connect-sync-configure-filtering`,
  revision: 'rev 2025-04-09',
}

/** Preventing accidental deletes (the export deletion threshold). */
export const SOURCE_PREVENT_DELETES: SourceRef = {
  title: 'Microsoft Entra Connect Sync: Prevent accidental deletes',
  url: `${LEARN_CONNECT}how-to-connect-sync-feature-prevent-accidental-deletes`,
  revision: 'rev 2025-04-09',
}

/** The ADSync service account: types, and that it is set only at install. */
export const SOURCE_SERVICE_ACCOUNT: SourceRef = {
  title: 'Microsoft Entra Connect: ADSync service account',
  url: `${LEARN_CONNECT}concept-adsync-service-account`,
  revision: 'rev 2024-12-05',
}

/** Accounts and permissions (the AD DS connector account, the install roles). */
export const SOURCE_ACCOUNTS_PERMISSIONS: SourceRef = {
  title: 'Microsoft Entra Connect: Accounts and permissions',
  url: `${LEARN_CONNECT}reference-connect-accounts-permissions`,
  revision: 'rev 2023-11-06',
}

/** The version history that documents the 2.5.x and 2.6.x builds (config-file issue, auto-upgrade skip, merge). */
export const SOURCE_VERSION_HISTORY_2026: SourceRef = {
  title: 'Microsoft Entra Connect: Version release history (2.5 and 2.6 builds)',
  url: `${LEARN_CONNECT}reference-connect-version-history`,
  revision: 'ms.date 2026-09-16',
}

/** Password hash sync, with the FIPS workaround in miiserver.exe.config. */
export const SOURCE_PHS_FIPS: SourceRef = {
  title: 'Implement password hash synchronization with Microsoft Entra Connect Sync (FIPS)',
  url: `${LEARN_CONNECT}how-to-connect-password-hash-synchronization`,
  revision: 'current revision (read 2026-12-06)',
}

/** Connectivity troubleshooting: proxy settings belong in machine.config. */
export const SOURCE_TSHOOT_CONNECTIVITY: SourceRef = {
  title: 'Troubleshoot Microsoft Entra Connect connectivity issues',
  url: `${LEARN_CONNECT}tshoot-connect-connectivity`,
  revision: 'rev 2023-11-06',
}
