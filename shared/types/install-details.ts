/**
 * The install-details document (docs/interface.md §1, "The install-details document"), as a zod schema and its inferred type.
 *
 * One server per document. Every field except `kind` and `schemaVersion` is optional: a missing
 * (or `null`) fact is unknown, never a guess. Unknown extra fields are kept (loose objects) and
 * ignored by the rules.
 */
import { z } from 'zod'
import { isVersion } from '../version/four-part-version'
import { customizationsSchema } from './customizations'
import { AUTO_UPGRADE_STATES, CLOUDS, FEATURE_NAMES, INSTALL_DETAILS_KIND, INSTALL_DETAILS_SCHEMA_VERSION, SIGN_IN_METHODS } from './install-details-values'

// The plain values live in install-details-values.ts, which does not load zod (the renderer's
// first screen needs them, not the schema); they are re-exported here for everyone else.
export {
  AUTO_UPGRADE_STATES,
  CLOUDS,
  FEATURE_NAMES,
  INSTALL_DETAILS_KIND,
  INSTALL_DETAILS_SCHEMA_VERSION,
  emptyInstallDetails,
  SIGN_IN_METHODS,
} from './install-details-values'

const MAX_TEXT = 512

const text = z.string().max(MAX_TEXT)
const count = z.number().int().nonnegative().max(1e12)
const amount = z.number().nonnegative().max(1e12)

/** A four-part Entra Connect version string such as `2.4.18.0`. */
export const versionSchema = z
  .string()
  .max(64)
  .refine(isVersion, { message: 'must be a four-part version such as 2.4.18.0' })

/** A registry DWORD as the collector reports it; `null` means the value is absent. */
const dword = z.number().int().min(0).max(0xffffffff).nullable()

const netFxKey = z.looseObject({
  SystemDefaultTlsVersions: dword.optional(),
  SchUseStrongCrypto: dword.optional(),
})

const schannelKey = z.looseObject({
  Enabled: dword.optional(),
  DisabledByDefault: dword.optional(),
})

const opt = <T extends z.ZodType>(schema: T) => schema.nullable().optional()

const featuresSchema = z.looseObject(
  Object.fromEntries(FEATURE_NAMES.map((name) => [name, opt(z.boolean())])) as Record<
    (typeof FEATURE_NAMES)[number],
    z.ZodOptional<z.ZodNullable<z.ZodBoolean>>
  >,
)

/** The whole document. */
export const installDetailsSchema = z.looseObject({
  kind: z.literal(INSTALL_DETAILS_KIND),
  schemaVersion: z.literal(INSTALL_DETAILS_SCHEMA_VERSION),
  collectedAt: opt(z.iso.datetime({ offset: true })),
  server: opt(
    z.looseObject({
      name: opt(text),
      /** The fully qualified host name (`aadc01.corp.contoso.com`); tells apart servers of one short name. */
      fqdn: opt(text),
      domainJoined: opt(z.boolean()),
      isDomainController: opt(z.boolean()),
      os: opt(
        z.looseObject({
          caption: opt(text),
          build: opt(count),
          installationType: opt(z.enum(['Server', 'Server Core'])),
        }),
      ),
      memoryGb: opt(amount),
      freeDiskGb: opt(amount),
    }),
  ),
  connect: opt(
    z.looseObject({
      version: opt(versionSchema),
      /** The Entra tenant's initial domain (`contoso.onmicrosoft.com`), read from the Entra connector's name. */
      tenant: opt(text),
      serverConfigurationVersion: opt(versionSchema),
      cloud: opt(z.enum(CLOUDS)),
      installType: opt(z.enum(['express', 'custom', 'dirsync-upgrade'])),
      stagingModeEnabled: opt(z.boolean()),
      syncCycleEnabled: opt(z.boolean()),
      autoUpgrade: opt(
        z.looseObject({
          state: opt(z.enum(AUTO_UPGRADE_STATES)),
          suspensionReason: opt(z.string().max(4096)),
        }),
      ),
      database: opt(
        z.looseObject({
          kind: opt(z.enum(['localdb', 'sql'])),
          localDbSizeMb: opt(amount),
          sqlVersion: opt(text),
        }),
      ),
      metaverseObjectCount: opt(count),
      connectorIdentityType: opt(z.enum(['Application', 'ServiceAccount'])),
      signInMethod: opt(z.enum(SIGN_IN_METHODS)),
      healthUploadEnabled: opt(z.boolean()),
      customSyncRuleCount: opt(count),
      features: opt(featuresSchema),
      forestCount: opt(count),
      largestDomainObjectCount: opt(count),
      largestGroupMemberCount: opt(count),
    }),
  ),
  customizations: opt(customizationsSchema),
  dotnet: opt(z.looseObject({ release: opt(count) })),
  powershell: opt(
    z.looseObject({
      version: opt(z.string().max(64).regex(/^\d+(\.\d+){0,3}$/, 'must be a version such as 5.1.17763.6189')),
      edition: opt(z.enum(['Desktop', 'Core'])),
    }),
  ),
  tls12: opt(
    z.looseObject({
      netFx64: opt(netFxKey),
      netFx32: opt(netFxKey),
      schannelServer: opt(schannelKey),
      schannelClient: opt(schannelKey),
    }),
  ),
})

/** A validated install-details document. */
export type InstallDetails = z.infer<typeof installDetailsSchema>
/** The cloud values the contract allows. */
export type Cloud = (typeof CLOUDS)[number]
