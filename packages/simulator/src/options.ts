import {
  BasicScanEngine,
  DEFAULT_ACCOUNT_ID,
  DEFAULT_REGION,
  DEFAULT_RESTORE_DURATION_MS,
  DEFAULT_SCAN_DURATION_MS,
  EcrRescanDuration,
  ENHANCED_DEFAULTS,
  EnhancedFindingSeverity,
  RegistryPolicyScope,
  SCAN_QUOTAS,
} from '@ecr-scan-sim/model';
import type {
  EnhancedOptions,
  EnhancedOptionsInput,
  QuotaOptions,
  ResolvedSimulatorOptions,
  SimulatorOptions,
} from './glossary.js';

const fail = (what: string): never => {
  throw new TypeError(`[ecr-scan-sim] invalid option ${what}`);
};

function duration(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    return fail(`${name}: expected a finite number of ms >= 0, got ${String(value)}`);
  }
  return value;
}

function callLogLimit(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (
    typeof value !== 'number' ||
    !(Number.isInteger(value) || value === Number.POSITIVE_INFINITY) ||
    value < 0
  ) {
    return fail(`callLogLimit: expected a whole number >= 0 or Infinity, got ${String(value)}`);
  }
  return value;
}

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    return fail(`${name}: expected one of ${allowed.join(', ')}, got ${String(value)}`);
  }
  return value as T;
}

function resolveQuotas(quotas: Partial<QuotaOptions> | undefined, base: QuotaOptions): QuotaOptions {
  if (quotas !== undefined && (typeof quotas !== 'object' || quotas === null))
    return fail('quotas: expected an object');
  const q = quotas ?? {};
  const limit = q.accountScanLimit ?? base.accountScanLimit;
  if (!Number.isSafeInteger(limit) || limit < 1) {
    fail(`quotas.accountScanLimit: expected an integer >= 1, got ${String(limit)}`);
  }
  return {
    perImageWindowMs: duration('quotas.perImageWindowMs', q.perImageWindowMs, base.perImageWindowMs),
    accountScanLimit: limit,
    accountWindowMs: duration('quotas.accountWindowMs', q.accountWindowMs, base.accountWindowMs),
    window: oneOf('quotas.window', q.window, ['rolling', 'utc-day'], base.window),
  };
}

function feedRates(
  value: unknown,
  base: EnhancedOptions['feed']['newFindingsPer30Days'],
): EnhancedOptions['feed']['newFindingsPer30Days'] {
  if (value === undefined) return base;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('enhanced.feed.newFindingsPer30Days: expected an object of severity → number');
  }
  const rates: Partial<Record<EnhancedFindingSeverity, number>> = {};
  for (const key of Object.keys(value)) {
    if (!(EnhancedFindingSeverity as readonly string[]).includes(key)) {
      return fail(
        `enhanced.feed.newFindingsPer30Days.${key}: expected one of ${EnhancedFindingSeverity.join(', ')}`,
      );
    }
    const rate = (value as Record<string, unknown>)[key];
    if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 1000) {
      return fail(
        `enhanced.feed.newFindingsPer30Days.${key}: expected a number from 0 to 1000, got ${String(rate)}`,
      );
    }
    if (rate > 0) rates[key as EnhancedFindingSeverity] = rate;
  }
  return rates;
}

function resolveEnhanced(input: EnhancedOptionsInput | undefined, base: EnhancedOptions): EnhancedOptions {
  if (input !== undefined && (typeof input !== 'object' || input === null))
    return fail('enhanced: expected an object');
  const e = input ?? {};
  const feed = e.feed ?? {};
  if (typeof feed !== 'object' || feed === null) return fail('enhanced.feed: expected an object');
  const intervalMs = duration('enhanced.feed.intervalMs', feed.intervalMs, base.feed.intervalMs);
  if (intervalMs < 1000) fail(`enhanced.feed.intervalMs: expected at least 1000 ms, got ${intervalMs}`);
  return {
    ingestDelayMs: duration('enhanced.ingestDelayMs', e.ingestDelayMs, base.ingestDelayMs),
    initialScanMs: duration('enhanced.initialScanMs', e.initialScanMs, base.initialScanMs),
    findingsLagMs: duration('enhanced.findingsLagMs', e.findingsLagMs, base.findingsLagMs),
    rescanDuration: oneOf(
      'enhanced.rescanDuration',
      e.rescanDuration,
      EcrRescanDuration,
      base.rescanDuration,
    ),
    recognitionWindowMs: duration(
      'enhanced.recognitionWindowMs',
      e.recognitionWindowMs,
      base.recognitionWindowMs,
    ),
    feed: {
      intervalMs,
      newFindingsPer30Days: feedRates(feed.newFindingsPer30Days, base.feed.newFindingsPer30Days),
    },
  };
}

/** @internal The defaults of decisions D1–D16 and D23–D25. */
export const DEFAULT_OPTIONS: ResolvedSimulatorOptions = {
  seed: 0,
  accountId: DEFAULT_ACCOUNT_ID,
  region: DEFAULT_REGION,
  quotas: { ...SCAN_QUOTAS, window: 'rolling' },
  accountQuotaExceeded: 'status',
  scanDurationMs: DEFAULT_SCAN_DURATION_MS,
  engine: 'AWS_NATIVE',
  unsupportedOsStatus: 'FAILED',
  restoreDurationMs: DEFAULT_RESTORE_DURATION_MS,
  scanRecordDelayMs: 0,
  enhanced: {
    ...ENHANCED_DEFAULTS,
    feed: {
      ...ENHANCED_DEFAULTS.feed,
      newFindingsPer30Days: { ...ENHANCED_DEFAULTS.feed.newFindingsPer30Days },
    },
  },
  registryPolicyScope: 'V2',
  callLogLimit: 10_000,
};

/**
 * Applies defaults (from `base`: the built-in defaults, or a snapshot's options) and checks every option.
 * @throws TypeError `[ecr-scan-sim] invalid option …` for anything out of range
 * @internal
 */
export function resolveOptions(
  options: SimulatorOptions,
  base: ResolvedSimulatorOptions = DEFAULT_OPTIONS,
): ResolvedSimulatorOptions {
  const seed = options.seed ?? base.seed;
  if (!(typeof seed === 'string' || (typeof seed === 'number' && Number.isFinite(seed)))) {
    fail(`seed: expected a finite number or a string, got ${String(seed)}`);
  }
  const accountId = options.accountId ?? base.accountId;
  if (typeof accountId !== 'string' || !/^[0-9]{12}$/.test(accountId)) {
    fail(`accountId: expected 12 digits, got ${String(accountId)}`);
  }
  const region = options.region ?? base.region;
  if (typeof region !== 'string' || !/^[a-z0-9-]{1,64}$/.test(region)) {
    fail(`region: expected a region name such as us-east-1, got ${String(region)}`);
  }
  if (options.clock !== undefined && typeof options.clock?.now !== 'function') {
    fail('clock: expected an object with a now() method');
  }
  return {
    seed,
    accountId,
    region,
    quotas: resolveQuotas(options.quotas, base.quotas),
    accountQuotaExceeded: oneOf(
      'accountQuotaExceeded',
      options.accountQuotaExceeded,
      ['status', 'exception'],
      base.accountQuotaExceeded,
    ),
    scanDurationMs: duration('scanDurationMs', options.scanDurationMs, base.scanDurationMs),
    engine: oneOf('engine', options.engine, BasicScanEngine, base.engine),
    unsupportedOsStatus: oneOf(
      'unsupportedOsStatus',
      options.unsupportedOsStatus,
      ['FAILED', 'UNSUPPORTED_IMAGE'],
      base.unsupportedOsStatus,
    ),
    restoreDurationMs: duration('restoreDurationMs', options.restoreDurationMs, base.restoreDurationMs),
    scanRecordDelayMs: duration('scanRecordDelayMs', options.scanRecordDelayMs, base.scanRecordDelayMs),
    enhanced: resolveEnhanced(options.enhanced, base.enhanced ?? DEFAULT_OPTIONS.enhanced),
    registryPolicyScope: oneOf(
      'registryPolicyScope',
      options.registryPolicyScope,
      RegistryPolicyScope,
      base.registryPolicyScope,
    ),
    callLogLimit: callLogLimit(options.callLogLimit, base.callLogLimit),
  };
}
