/**
 * The `customizations` block of the install-details document: what the server's sync rules,
 * connectors, global settings, exported settings, miiserver.exe.config and service account look
 * like, so the rules can say what each upgrade route keeps and loses.
 *
 * Every field is optional, like the rest of the document: a missing (or `null`) fact is unknown.
 * Device writeback and directory extensions are not repeated here: they are `connect.features`.
 * Lists are bounded so a hostile file cannot make the app build huge arrays.
 */
import { z } from 'zod'

const MAX_TEXT = 512

const text = z.string().max(MAX_TEXT)
const count = z.number().int().nonnegative().max(1e12)
const opt = <T extends z.ZodType>(schema: T) => schema.nullable().optional()

/** Most sync rules one server may list (a default install has about 100). */
export const MAX_SYNC_RULES = 5000
/** Most connectors one server may list. */
export const MAX_CONNECTORS = 200
/** Most partitions one connector may list. */
export const MAX_PARTITIONS = 500
/** Most containers one partition's inclusion or exclusion list may hold. */
export const MAX_CONTAINERS = 5000

/** One sync rule as `Get-ADSyncRule` reports it. */
export const syncRuleSchema = z.looseObject({
  name: opt(text),
  identifier: opt(text),
  direction: opt(z.enum(['Inbound', 'Outbound'])),
  precedence: opt(z.number().int().min(-1e9).max(1e9)),
  /** The connector's name (the cmdlet reports its id; the collector names it). */
  connector: opt(text),
  /** `Microsoft.` prefix: an out-of-box rule. A custom rule should have none. */
  immutableTag: opt(text),
  /** Undocumented property (community code only); missing on builds or exports that lack it. */
  isStandardRule: opt(z.boolean()),
  disabled: opt(z.boolean()),
  /** A custom rule with the same name as a disabled standard rule: the Rules Editor's clone. */
  cloneOfDisabledStandard: opt(z.boolean()),
})

const partitionSchema = z.looseObject({
  name: opt(text),
  selected: opt(z.boolean()),
  inclusions: opt(z.array(text).max(MAX_CONTAINERS)),
  exclusions: opt(z.array(text).max(MAX_CONTAINERS)),
})

/** One connector, with its partition and OU filter (AD connectors only). */
export const connectorSchema = z.looseObject({
  name: opt(text),
  /** `AD`, `Extensible2` (the Entra connector), `GenericSql`, `GenericLdap`, ... */
  type: opt(text),
  /** The AD DS connector account (`forest-login-user`), for AD connectors. */
  account: opt(text),
  /**
   * Domain Admins and Enterprise Admins among that account's groups (nested ones too); `[]`: in
   * neither. Missing when not read (the ActiveDirectory module is optional on a sync server).
   */
  accountAdminGroups: opt(z.array(text).max(20)),
  partitions: opt(z.array(partitionSchema).max(MAX_PARTITIONS)),
})

/** The whole block. */
export const customizationsSchema = z.looseObject({
  syncRules: opt(z.array(syncRuleSchema).max(MAX_SYNC_RULES)),
  connectors: opt(z.array(connectorSchema).max(MAX_CONNECTORS)),
  globalSettings: opt(
    z.looseObject({
      /** `Microsoft.OptionalFeature.GroupFiltering`. */
      groupFiltering: opt(z.boolean()),
      /** `Microsoft.SynchronizationOption.UPNAttribute`; custom when not userPrincipalName. */
      upnAttribute: opt(text),
      /** `Microsoft.OptionalFeature.ExportDeletionThreshold` (True or False). */
      exportDeletionThresholdEnabled: opt(z.boolean()),
      /** `Microsoft.OptionalFeature.ExportDeletionThresholdValue`. */
      exportDeletionThreshold: opt(count),
    }),
  ),
  exportedSettings: opt(
    z.looseObject({
      /** How many Applied-SynchronizationPolicy-*.json files were found (0: none). */
      fileCount: opt(count),
      /** The newest one's file name. */
      newestFile: opt(text),
      /** When the newest one was written. */
      exportedAt: opt(z.iso.datetime({ offset: true })),
      /** The custom rules the newest one lists. */
      customRules: opt(
        z
          .array(z.looseObject({ name: opt(text), identifier: opt(text) }))
          .max(MAX_SYNC_RULES),
      ),
    }),
  ),
  miiserverConfig: opt(
    z.looseObject({
      /** LastWriteTimeUtc later than CreationTimeUtc: edited after the installer wrote it. */
      modifiedAfterInstall: opt(z.boolean()),
      /** `configuration/runtime/enforceFIPSPolicy/@enabled`; `null` when the element is absent. */
      enforceFipsPolicy: opt(z.boolean()),
      /** A bindingRedirect for System.Diagnostics.DiagnosticSource is present. */
      hasDiagnosticSourceRedirect: opt(z.boolean()),
      /** Its `newVersion`. */
      diagnosticSourceRedirectVersion: opt(text),
      /** `system.net/defaultProxy` is set in the file. */
      hasProxy: opt(z.boolean()),
    }),
  ),
  serviceAccount: opt(
    z.looseObject({
      /** The ADSync service's StartName. */
      startName: opt(text),
      /** `virtual` (NT SERVICE\ADSync), `managed` (sMSA or gMSA, ends in $), `user`. */
      type: opt(z.enum(['virtual', 'managed', 'user'])),
    }),
  ),
})

/** A validated customizations block. */
export type Customizations = z.infer<typeof customizationsSchema>
/** One sync rule of the block. */
export type SyncRule = z.infer<typeof syncRuleSchema>
/** One connector of the block. */
export type Connector = z.infer<typeof connectorSchema>
