/**
 * The shape of Connect Sync vs Cloud Sync: the capability matrix, the migration-readiness criteria,
 * and which install details decide the fit (the rows are data, in `built-in-pack.json`, `cloudSync`).
 *
 * Microsoft does not document the logic of its "Evaluate sync options" tool, so the deciders are
 * DERIVED from the two comparison tables and the readiness criteria.
 */
import type { SourceRef } from '../types'

/** Support for a capability: `contested` where the two Microsoft tables disagree. */
export type Support = 'yes' | 'no' | 'limited' | 'contested'

/** One row of the comparison. */
export interface CloudSyncCapability {
  readonly id: string
  readonly label: string
  readonly connectSync: Support
  readonly cloudSync: Support
  readonly note?: string
}

/**
 * What a decider does when its condition holds: `stay` (evaluate later: stay on Connect Sync for
 * now) or `change` (fits after a change, e.g. managing PTA separately).
 */
export type DeciderEffect = 'stay' | 'change'

/** A condition on one install-details fact. */
export type FactCondition =
  | { readonly fact: string; readonly equals: boolean | string }
  | { readonly fact: string; readonly above: number }
  | { readonly fact: string; readonly oneOf: readonly string[] }

/** One install-details fact that decides the fit; while its fact is unknown, so is the fit. */
export interface CloudSyncDecider {
  readonly id: string
  readonly when: FactCondition
  /** Applies only when this also holds (e.g. password writeback, for the 21Vianet limit). */
  readonly alsoWhen?: FactCondition
  readonly effect: DeciderEffect
  /** What decides, said to the user. */
  readonly label: string
  /** The capability row behind it. */
  readonly capability: string
  /**
   * True for a question no collector answers (reliance on reconciliation): while unanswered it is
   * listed as a question to check, and does not leave the whole fit unknown.
   */
  readonly isOpenQuestion?: boolean
}

/**
 * One limit of the guided migration tool: when its condition holds the tool does not apply and the
 * migration is manual. An unanswered limit is a question to check before using the tool.
 */
export interface MigrationToolLimit {
  readonly id: string
  readonly when: FactCondition
  /** What rules the tool out, said to the user. */
  readonly label: string
}

/**
 * The guided Connect Sync to Cloud Sync migration tool: the one set of its limits, read by the
 * Cloud Sync fit (`cloudsync/fit`) and the tool's own finding (`customizations/cloud-sync-tool`).
 * https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/migrate-connect-sync-cloud-sync-tool
 */
export interface MigrationTool {
  /** The Connect Sync build that ships the tool: older servers upgrade first to use it. */
  readonly fromConnectVersion: string
  readonly maxForests: number
  readonly maxObjects: number
  readonly maxContainersPerDomain: number
  /** The only UPN source attribute the tool takes: any other is a custom UPN. */
  readonly upnAttribute: string
  /** Each limit as a condition on one fact (the cloud, the counts, the features it refuses). */
  readonly limits: readonly MigrationToolLimit[]
  readonly sources: readonly SourceRef[]
}

/** When Connect Sync tenants must have moved: per tenant, never one date for everyone. */
export interface MigrationDeadline {
  /** False: Microsoft gives no global date. */
  readonly isGlobal: boolean
  /** The deadline as Microsoft describes it, in plain words. */
  readonly text: string
  readonly sources: readonly SourceRef[]
}

/** The matrix, the readiness tiers and the deciders. */
export interface CloudSyncMatrix {
  readonly capabilities: readonly CloudSyncCapability[]
  readonly readiness: {
    readonly readyNow: readonly string[]
    readonly nearTerm: readonly string[]
    readonly evaluateLater: readonly string[]
  }
  readonly limits: { readonly maxObjectsPerDomain: number; readonly maxGroupMembers: number }
  readonly deciders: readonly CloudSyncDecider[]
  readonly migrationTool: MigrationTool
  readonly migrationDeadline: MigrationDeadline
}
