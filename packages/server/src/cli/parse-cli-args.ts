import { parseArgs } from 'node:util';
import { EcrRescanDuration, EnhancedFindingSeverity } from '@ecr-scan-sim/model';
import { type EnhancedOptionsInput, parseDuration, type SimulatorOptions } from '@ecr-scan-sim/simulator';
import type { ServerOptions } from '../glossary.js';
import { toEpochMs } from '../internal/time.js';
import { CliUsageError } from './cli-error.js';

const str = { type: 'string' } as const;
const flag = { type: 'boolean' } as const;

/** @internal Every flag of `ecr-scan-sim serve` (exact names: the docs and users' scripts rely on them). */
export const CLI_FLAGS = {
  help: { ...flag, short: 'h' },
  port: str,
  host: str,
  seed: str,
  account: str,
  region: str,
  'start-time': str,
  clock: str,
  'account-scan-limit': str,
  'per-image-window': str,
  'account-window': str,
  window: str,
  'account-quota-exceeded': str,
  'scan-duration': str,
  'restore-duration': str,
  'scan-record-delay': str,
  engine: str,
  'unsupported-os-status': str,
  'enhanced-ingest-delay': str,
  'enhanced-initial-scan': str,
  'enhanced-findings-lag': str,
  'enhanced-rescan-duration': str,
  'enhanced-recognition-window': str,
  'enhanced-feed-interval': str,
  'enhanced-feed-rates': str,
  fixtures: str,
  snapshot: str,
  persist: flag,
  verbose: flag,
  'require-auth': flag,
  'max-body-bytes': str,
} as const;

/** @internal What `serve` runs with. */
export interface ServeConfig {
  server: ServerOptions & { port: number };
  fixtures?: string;
  snapshot?: string;
  persist: boolean;
}

/** @internal A parsed command line. */
export type CliCommand = { command: 'help' } | { command: 'serve'; config: ServeConfig };

/** @internal The CLI's default port (the programmatic `startServer` defaults to 0). */
export const DEFAULT_PORT = 4510;

function integer(name: string, text: string, min: number, max: number): number {
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new CliUsageError(`--${name} must be an integer from ${min} to ${max}, got '${text}'`);
  }
  return n;
}

function duration(name: string, text: string): number {
  try {
    return parseDuration(text);
  } catch {
    throw new CliUsageError(`--${name} must be a duration such as 30s, 24h or milliseconds, got '${text}'`);
  }
}

function oneOf<T extends string>(name: string, text: string, values: readonly T[]): T {
  if ((values as readonly string[]).includes(text)) return text as T;
  throw new CliUsageError(`--${name} must be one of ${values.join(', ')}, got '${text}'`);
}

/** Turns node:util's verbose parse errors into one short line. */
function rethrow(error: unknown): never {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliUsageError(`unknown flag ${option}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    throw new CliUsageError(
      `${option || 'a flag'} ${/argument missing/.test(message) ? 'needs a value' : 'takes no value'}`,
    );
  }
  throw new CliUsageError(message.split('\n')[0] ?? message);
}

function simulatorOptions(v: Record<string, string | boolean | undefined>): Omit<SimulatorOptions, 'clock'> {
  const s = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const sim: Omit<SimulatorOptions, 'clock'> = {};
  const quotas: NonNullable<SimulatorOptions['quotas']> = {};
  const seed = s('seed');
  if (seed !== undefined) sim.seed = /^\d{1,15}$/.test(seed) ? Number(seed) : seed;
  const account = s('account');
  if (account !== undefined) {
    if (!/^\d{12}$/.test(account)) throw new CliUsageError(`--account must be 12 digits, got '${account}'`);
    sim.accountId = account;
  }
  const region = s('region');
  if (region !== undefined) {
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region))
      throw new CliUsageError(`--region must look like us-east-1, got '${region}'`);
    sim.region = region;
  }
  const limit = s('account-scan-limit');
  if (limit !== undefined) quotas.accountScanLimit = integer('account-scan-limit', limit, 0, 1e12);
  const perImage = s('per-image-window');
  if (perImage !== undefined) quotas.perImageWindowMs = duration('per-image-window', perImage);
  const accountWindow = s('account-window');
  if (accountWindow !== undefined) quotas.accountWindowMs = duration('account-window', accountWindow);
  const window = s('window');
  if (window !== undefined) quotas.window = oneOf('window', window, ['rolling', 'utc-day'] as const);
  if (Object.keys(quotas).length > 0) sim.quotas = quotas;
  const exceeded = s('account-quota-exceeded');
  if (exceeded !== undefined) {
    sim.accountQuotaExceeded = oneOf('account-quota-exceeded', exceeded, ['status', 'exception'] as const);
  }
  const scan = s('scan-duration');
  if (scan !== undefined) sim.scanDurationMs = duration('scan-duration', scan);
  const restore = s('restore-duration');
  if (restore !== undefined) sim.restoreDurationMs = duration('restore-duration', restore);
  const delay = s('scan-record-delay');
  if (delay !== undefined) sim.scanRecordDelayMs = duration('scan-record-delay', delay);
  const engine = s('engine');
  if (engine !== undefined) sim.engine = oneOf('engine', engine, ['AWS_NATIVE', 'CLAIR'] as const);
  const unsupported = s('unsupported-os-status');
  if (unsupported !== undefined) {
    sim.unsupportedOsStatus = oneOf('unsupported-os-status', unsupported, [
      'FAILED',
      'UNSUPPORTED_IMAGE',
    ] as const);
  }
  const enhanced = enhancedOptions(s);
  if (enhanced !== undefined) sim.enhanced = enhanced;
  return sim;
}

/** `HIGH=1,MEDIUM=2` (per 30 days) or `off`, for --enhanced-feed-rates. */
function feedRates(text: string): Partial<Record<EnhancedFindingSeverity, number>> {
  if (text === 'off' || text === 'none') return {};
  const rates: Partial<Record<EnhancedFindingSeverity, number>> = {};
  for (const part of text.split(',')) {
    const [key = '', value = ''] = part.split('=').map((x) => x.trim());
    const rate = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
    if (!(EnhancedFindingSeverity as readonly string[]).includes(key) || !(rate >= 0 && rate <= 1000)) {
      throw new CliUsageError(
        `--enhanced-feed-rates must be SEVERITY=number pairs such as HIGH=1,MEDIUM=2 (severities ${EnhancedFindingSeverity.join(', ')}), or off; got '${text}'`,
      );
    }
    rates[key as EnhancedFindingSeverity] = rate;
  }
  return rates;
}

/** The `enhanced` options from the --enhanced-* flags, or `undefined` when none is given. */
function enhancedOptions(s: (k: string) => string | undefined): EnhancedOptionsInput | undefined {
  const e: EnhancedOptionsInput = {};
  const feed: NonNullable<EnhancedOptionsInput['feed']> = {};
  const ingest = s('enhanced-ingest-delay');
  if (ingest !== undefined) e.ingestDelayMs = duration('enhanced-ingest-delay', ingest);
  const initial = s('enhanced-initial-scan');
  if (initial !== undefined) e.initialScanMs = duration('enhanced-initial-scan', initial);
  const lag = s('enhanced-findings-lag');
  if (lag !== undefined) e.findingsLagMs = duration('enhanced-findings-lag', lag);
  const rescan = s('enhanced-rescan-duration');
  if (rescan !== undefined) e.rescanDuration = oneOf('enhanced-rescan-duration', rescan, EcrRescanDuration);
  const recognition = s('enhanced-recognition-window');
  if (recognition !== undefined) e.recognitionWindowMs = duration('enhanced-recognition-window', recognition);
  const interval = s('enhanced-feed-interval');
  if (interval !== undefined) feed.intervalMs = duration('enhanced-feed-interval', interval);
  const rates = s('enhanced-feed-rates');
  if (rates !== undefined) feed.newFindingsPer30Days = feedRates(rates);
  if (Object.keys(feed).length > 0) e.feed = feed;
  return Object.keys(e).length > 0 ? e : undefined;
}

/**
 * @internal Parses `ecr-scan-sim [serve] [flags]` strictly (node:util parseArgs). Throws {@link CliUsageError}
 * with a one-line reason for any unknown flag, missing value or bad value.
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof CLI_FLAGS; allowPositionals: true; strict: true }>
  >;
  try {
    parsed = parseArgs({ args: [...argv], options: CLI_FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    rethrow(error);
  }
  const { values: v, positionals } = parsed;
  const [command = 'serve', ...extra] = positionals;
  if (v.help === true || command === 'help') return { command: 'help' };
  if (command !== 'serve')
    throw new CliUsageError(`unknown command '${command}' (the only command is serve)`);
  if (extra.length > 0) throw new CliUsageError(`unexpected argument '${extra[0]}'`);

  const server: ServeConfig['server'] = {
    port: v.port === undefined ? DEFAULT_PORT : integer('port', v.port, 0, 65_535),
    simulator: simulatorOptions(v),
  };
  if (v.host !== undefined) server.host = v.host;
  if (v.clock !== undefined) server.clock = oneOf('clock', v.clock, ['wall', 'fake'] as const);
  if (v['start-time'] !== undefined) {
    try {
      server.startTime = toEpochMs(v['start-time']);
    } catch {
      throw new CliUsageError(`--start-time must be an ISO time or epoch ms, got '${v['start-time']}'`);
    }
  }
  if (v['max-body-bytes'] !== undefined) {
    server.maxBodyBytes = integer('max-body-bytes', v['max-body-bytes'], 1, 1024 * 1024 * 1024);
  }
  if (v['require-auth'] === true) server.requireAuth = true;
  if (v.verbose === true) server.verbose = true;
  if (v.persist === true && v.snapshot === undefined)
    throw new CliUsageError('--persist needs --snapshot <file>');
  const config: ServeConfig = { server, persist: v.persist === true };
  if (v.fixtures !== undefined) config.fixtures = v.fixtures;
  if (v.snapshot !== undefined) config.snapshot = v.snapshot;
  return { command: 'serve', config };
}
