import type { TestContext } from 'vitest';

/**
 * Counts from the reliability suite (quality-anchors R8, R10, R11) that `npm test` sums into its
 * `reliability:` line. A test records them on its own task; Vitest's JSON report carries them as
 * the test's `meta`, and only a passing test's counts are summed (tools/test-all.mjs).
 */
export type ReliabilityCounts = {
  /** fast-check properties run, and the runs they made (R10). */
  fuzzProperties?: number;
  fuzzRuns?: number;
  /** Rows of a migration fixture read back after the upgrade (R8). */
  migrationRows?: number;
  /** Upgrades from a released version to the current one, and failing upgrades rolled back. */
  migrationUpgrades?: number;
  migrationRollbacks?: number;
  /** Writes failed with an injected QuotaExceededError, and the distinct write functions (R11). */
  quotaFailures?: number;
  quotaWriteFunctions?: number;
};

declare module 'vitest' {
  interface TaskMeta {
    reliability?: ReliabilityCounts;
  }
}

/** Adds counts to the running test's report. */
export function recordReliability(context: Pick<TestContext, 'task'>, counts: ReliabilityCounts): void {
  const meta = (context.task.meta.reliability ??= {});
  for (const [key, value] of Object.entries(counts) as [keyof ReliabilityCounts, number][]) {
    meta[key] = (meta[key] ?? 0) + value;
  }
}

/**
 * fast-check runs per property: at least 1000 in every CI run (R10), ten times that with
 * `TENURE_HEAVY=1`. Tests pass their `process.env` in, as shared/ reads no globals.
 */
export function fuzzRuns(env: Record<string, string | undefined>): number {
  return env.TENURE_HEAVY === '1' ? 10_000 : 1000;
}
