/**
 * The registry: every rule, in display order. Each is imported explicitly (no globbing).
 */
import type { Rule } from './types'
import { hardening2025 } from './version/hardening-2025'
import { syncStop2026 } from './version/sync-stop-2026'
import { v1Retired } from './version/v1-retired'

/** All rules, in the order the wizard and reports show them. */
export const ALL_RULES: readonly Rule[] = [v1Retired, hardening2025, syncStop2026]
