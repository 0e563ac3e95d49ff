import type { SimulatorOptions } from '@ecr-scan-sim/simulator';
import type { OracleOptions } from '../model/oracle.js';

/** Start of every clock: the simulator's default FakeClock start. */
export const START_TIME = Date.parse('2026-01-01T00:00:00Z');

/**
 * The simulator options a sequence varies: a small account limit, so a few dozen commands fill the account
 * window (rule Q4), the D4 option and the D9 engine.
 */
export interface Variant {
  accountScanLimit: 3 | 5;
  accountQuotaExceeded: 'status' | 'exception';
  engine: 'AWS_NATIVE' | 'CLAIR';
  /** D23: seconds of ScanNotFoundException after a push, and of empty COMPLETE/ACTIVE. */
  ingestDelayMs: 0 | 10_000;
  findingsLagMs: 0 | 5_000;
  /** D24. */
  rescanDuration: 'DAYS_3' | 'DAYS_14';
  /** D25: the feed on (counts of continuous images grow) or off. */
  feed: boolean;
}

const DAY_MS = 86_400_000;

/** Simulator options every simulator of a sequence shares (the reference and each twin). */
export function simulatorOptions(variant: Variant): SimulatorOptions {
  return {
    seed: 20260101,
    quotas: { accountScanLimit: variant.accountScanLimit },
    accountQuotaExceeded: variant.accountQuotaExceeded,
    engine: variant.engine,
    enhanced: {
      ingestDelayMs: variant.ingestDelayMs,
      findingsLagMs: variant.findingsLagMs,
      rescanDuration: variant.rescanDuration,
      ...(variant.feed ? {} : { feed: { newFindingsPer30Days: {} } }),
    },
  };
}

/** The oracle's view of the same options (the other values are the spec's defaults: D2, D6, D11, D23, D24). */
export function oracleOptions(variant: Variant): OracleOptions {
  return {
    startTime: START_TIME,
    accountScanLimit: variant.accountScanLimit,
    accountQuotaExceeded: variant.accountQuotaExceeded,
    engine: variant.engine,
    windowMs: 24 * 3_600_000,
    scanDurationMs: 30_000,
    restoreDurationMs: 20 * 60_000,
    enhanced: {
      ingestDelayMs: variant.ingestDelayMs,
      initialScanMs: 60_000,
      findingsLagMs: variant.findingsLagMs,
      rescanMs: (variant.rescanDuration === 'DAYS_3' ? 3 : 14) * DAY_MS,
      recognitionWindowMs: 30 * DAY_MS,
      feed: variant.feed,
    },
  };
}

/** Run settings read from the environment (see docs/conformance.md). */
export interface RunSettings {
  /** Sequences summed over the transports of this CI run. `CONFORMANCE_RUNS`, else `NUM_RUNS`, default 1,000. */
  totalRuns: number;
  maxCommands: number;
  /** `FC_SEED`, `FC_PATH`, `FC_REPLAY_PATH`: replay a reported failure. */
  seed: number | undefined;
  path: string | undefined;
  replayPath: string | undefined;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): RunSettings {
  const integer = (text: string | undefined): number | undefined => {
    if (text === undefined || text.trim() === '') return undefined;
    const value = Number(text);
    if (!Number.isInteger(value)) throw new TypeError(`[ecr-scan-sim] expected an integer, got '${text}'`);
    return value;
  };
  return {
    totalRuns: integer(env['CONFORMANCE_RUNS']) ?? integer(env['NUM_RUNS']) ?? 1000,
    maxCommands: integer(env['MAX_COMMANDS']) ?? 40,
    seed: integer(env['FC_SEED']),
    path: env['FC_PATH'] || undefined,
    replayPath: env['FC_REPLAY_PATH'] || undefined,
  };
}
