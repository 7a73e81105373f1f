/**
 * The rule pack file's schema (zod): every field the rules read, checked before a pack is used.
 *
 * TypeScript proves the schema and `RulePackFile` describe the same thing both ways (see
 * `SchemaMatchesType` below): a field added to the pack's types and not here fails `tsc`, and so
 * does a field added here and not to the types.
 */
import { z } from 'zod'
import { isIsoDate } from '~shared/dates/iso-date'
import { RULE_PACK_FORMAT_VERSION, RULE_PACK_KIND, type RulePackFile } from './types'

const isoDate = z.string().refine(isIsoDate, { message: 'expected an ISO date (YYYY-MM-DD)' })
const text = z.string().min(1, { message: 'expected a non-empty text' })
const fourPartVersion = z.string().regex(/^\d+\.\d+\.\d+\.\d+$/, { message: 'expected a build number such as 2.5.79.0' })
const count = z.number().int().nonnegative()
const confidence = z.enum(['documented', 'derived', 'uncertain'])
const namedValue = z.strictObject({ value: z.number(), name: text })
const sourceRef = z.strictObject({
  title: text,
  url: z.string().regex(/^https:\/\/[^\s]+$/, { message: 'expected an https link' }),
  revision: text,
})

/** A read-only list, as the pack's types declare them. */
function list<T extends z.ZodType>(item: T, minimum = 0) {
  return z.array(item).min(minimum).readonly()
}

const release = z.strictObject({
  version: fourPartVersion,
  releasedOn: isoDate.nullable(),
  autoUpgrade: z.enum(['yes', 'no', 'uncertain']),
  autoUpgradeFrom: isoDate.nullable(),
  security: z.string().nullable(),
  endOfSupport: isoDate.nullable(),
  endOfSupportBasis: z.enum(['documented', 'policy', 'third-party', 'none']),
  endOfSupportSource: text,
  confidence,
  source: sourceRef.optional(),
  isWithdrawn: z.boolean().optional(),
  knownIssues: list(z.strictObject({ summary: text, code: z.string().nullable(), fixedIn: fourPartVersion.nullable(), isUpgradeBlocker: z.boolean() })).optional(),
  note: z.string().optional(),
})

const thresholds = z.strictObject({
  dotnet: z.strictObject({ minimumRelease: count, minimumName: text, releases: list(namedValue) }),
  os: z.strictObject({
    minimumBuild: count,
    recommendedBuilds: list(count),
    updateAdvice: list(z.strictObject({ fromBuild: count, minimumUpdate: text, reason: text })),
    builds: list(namedValue),
  }),
  powershell: z.strictObject({ minimumMajor: count, firstCoreMajor: count }),
  tls12: list(z.strictObject({ path: text, registryKey: text, valueName: text, required: z.number() })),
  database: z.strictObject({
    localDbWarnMb: count,
    localDbLimitMb: count,
    localDbMaxObjects: count,
    sqlMajors: list(namedValue),
    supportedSqlYears: list(z.string()),
    sqlYearsWithNote: list(z.string()),
    unsupportedSqlYears: list(z.string()),
    bundledLocalDb: list(z.strictObject({ fromVersion: fourPartVersion, sqlYear: text })),
  }),
  customRulesBlockBelow: fourPartVersion,
  msonline: z.strictObject({ v2From: fourPartVersion, removedIn: fourPartVersion }),
  endOfSupport: z.strictObject({ warnDays: count, policyStart: isoDate, policyMonths: count }),
  migration: z.strictObject({ staleBuildMonths: count, inPlaceMaxObjects: count }),
  hardware: list(
    z.strictObject({ minObjects: count, maxObjects: count.nullable(), cpuGhz: z.number().positive(), memoryGb: z.number().positive(), diskGb: z.number().positive(), isFullSqlRequired: z.boolean() }),
  ),
  autoUpgrade: z.strictObject({ graceDays: count }),
  appAuthNotAutomaticFrom: fourPartVersion,
})

const upgradeCode = z.strictObject({
  code: text,
  meaning: text,
  effect: z.enum(['aborts', 'blocks', 'suspends', 'rolled-back']),
  era: z.enum(['current', 'historical', 'example', 'derived']),
  fix: text,
  powershell: z.string().optional(),
  confidence,
})

const support = z.enum(['yes', 'no', 'limited', 'contested'])
const factCondition = z.union([
  z.strictObject({ fact: text, equals: z.union([z.boolean(), z.string()]) }),
  z.strictObject({ fact: text, above: z.number() }),
  z.strictObject({ fact: text, oneOf: list(z.string()) }),
])

const cloudSync = z.strictObject({
  capabilities: list(z.strictObject({ id: text, label: text, connectSync: support, cloudSync: support, note: z.string().optional() })),
  readiness: z.strictObject({ readyNow: list(z.string()), nearTerm: list(z.string()), evaluateLater: list(z.string()) }),
  limits: z.strictObject({ maxObjectsPerDomain: count, maxGroupMembers: count }),
  deciders: list(
    z.strictObject({
      id: text,
      when: factCondition,
      alsoWhen: factCondition.optional(),
      effect: z.enum(['stay', 'change']),
      label: text,
      capability: text,
      isOpenQuestion: z.boolean().optional(),
    }),
  ),
  migrationTool: z.strictObject({
    fromConnectVersion: fourPartVersion,
    maxForests: count,
    maxObjects: count,
    maxContainersPerDomain: count,
    /** Required from pack 2026.12.06.1; older packs hold it in `customizations.cloudSyncTool`. */
    upnAttribute: text.optional(),
    limits: list(z.strictObject({ id: text, when: factCondition, label: text })),
    sources: list(sourceRef),
  }),
  migrationDeadline: z.strictObject({ isGlobal: z.boolean(), text, sources: list(sourceRef) }),
})

const vulnerability = z.strictObject({
  id: z.string().regex(/^CVE-\d{4}-\d{4,}$/, { message: 'expected a CVE id such as CVE-2026-65673' }),
  title: text,
  severity: z.enum(['Critical', 'Important', 'Moderate', 'Low']),
  cvss: z.number().min(0).max(10),
  impact: text,
  publishedOn: isoDate,
  affectedBelow: fourPartVersion,
  fixedIn: fourPartVersion,
  sources: list(sourceRef, 1),
  confidence,
})

const deadlines = z.strictObject({
  v1: z.strictObject({ minimum: fourPartVersion, stoppedOn: isoDate, retiredOn: isoDate }),
  hardening2025: z.strictObject({ commercialMinimum: fourPartVersion, nonCommercialMinimum: fourPartVersion, federationSetupStops: isoDate, wizardSignInStops: isoDate }),
  syncStop2026: z.strictObject({ minimum: fourPartVersion, stops: isoDate }),
  appAuth2027: z.strictObject({ minimum: fourPartVersion, stops: isoDate }),
})

const customizations = z.strictObject({
  customPrecedence: z.strictObject({ min: count, max: count }),
  standardTagPrefix: text,
  miiserverConfig: z.strictObject({ breakVersions: list(fourPartVersion), redirectVersion: text, autoUpgradeSkipsFrom: fourPartVersion, mergesFrom: fourPartVersion }),
  deletionThresholdDefault: count,
  /** The old shape's copy of the migration tool's limits: accepted, folded into `cloudSync.migrationTool`. */
  cloudSyncTool: z.strictObject({
    minimumConnectVersion: fourPartVersion,
    maxForests: count,
    maxObjects: count,
    maxContainersPerDomain: count,
    clouds: list(text),
    upnAttribute: text,
  }).optional(),
})

/** The file as written, old shape or new. */
const packFileAsWritten = z.strictObject({
  kind: z.literal(RULE_PACK_KIND),
  formatVersion: z.literal(RULE_PACK_FORMAT_VERSION),
  version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(\.\d+)?$/, { message: 'expected a pack version such as 2026.12.06' }),
  asOf: isoDate,
  requiresApp: text,
  deadlines,
  releases: list(release, 1),
  thresholds,
  upgradeCodes: list(upgradeCode),
  cloudSync,
  vulnerabilities: list(vulnerability),
  customizations,
})

type PackAsWritten = z.output<typeof packFileAsWritten>

/**
 * One set of migration-tool limits: a pack of the old shape (the limits in both
 * `cloudSync.migrationTool` and `customizations.cloudSyncTool`) means what it meant. The shared
 * limits were always read from `cloudSync.migrationTool`, which wins; the UPN attribute was only in
 * the old copy; its list of clouds says again what the `connect.cloud` limit says, so it is dropped.
 */
function oneSetOfToolLimits(pack: PackAsWritten, context: z.RefinementCtx): RulePackFile {
  const { cloudSyncTool: oldCopy, ...customizations } = pack.customizations
  const { upnAttribute, ...tool } = pack.cloudSync.migrationTool
  const upn = upnAttribute ?? oldCopy?.upnAttribute
  if (upn === undefined) {
    context.addIssue({ code: 'custom', path: ['cloudSync', 'migrationTool', 'upnAttribute'], message: 'expected the UPN attribute the migration tool takes' })
    return z.NEVER
  }
  return { ...pack, cloudSync: { ...pack.cloudSync, migrationTool: { ...tool, upnAttribute: upn } }, customizations }
}

/** The whole pack file: the header (kind, format, version, dates, app range) and the data, in the current shape. */
export const rulePackFileSchema = packFileAsWritten.transform(oneSetOfToolLimits) satisfies z.ZodType<RulePackFile>

/** Every field read-only and required (optional ones too), so that an optional field missing on one side shows. */
type DeepStrict<T> = T extends readonly (infer Item)[]
  ? readonly DeepStrict<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]-?: DeepStrict<Exclude<T[Key], undefined>> }
    : T
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

/** Compile-time proof that the schema's output is exactly `RulePackFile` (no field missing on either side). */
export type SchemaMatchesType = Same<DeepStrict<z.output<typeof rulePackFileSchema>>, DeepStrict<RulePackFile>>
const schemaMatchesType: SchemaMatchesType = true
void schemaMatchesType
