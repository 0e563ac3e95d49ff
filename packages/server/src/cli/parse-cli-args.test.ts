import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliUsageError } from './cli-error.js';
import { CLI_FLAGS, DEFAULT_PORT, parseCliArgs } from './parse-cli-args.js';

const serve = (argv: string[]) => {
  const parsed = parseCliArgs(argv);
  if (parsed.command !== 'serve') throw new Error('expected serve');
  return parsed.config;
};

describe('parseCliArgs', () => {
  it('defaults to serve on port 4510, loopback, no state files', () => {
    expect(serve([])).toEqual({ server: { port: DEFAULT_PORT, simulator: {} }, persist: false });
    expect(serve(['serve']).server.port).toBe(4510);
    expect(parseCliArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['-h'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['help'])).toEqual({ command: 'help' });
  });

  it('E4, E5, E7, E10, E12, E16: maps every --enhanced-* flag to the enhanced options', () => {
    const config = serve([
      ...[
        '--enhanced-ingest-delay',
        '10s',
        '--enhanced-initial-scan',
        '2m',
        '--enhanced-findings-lag',
        '15s',
      ],
      ...['--enhanced-rescan-duration', 'DAYS_3', '--enhanced-recognition-window', '7d'],
      ...['--enhanced-feed-interval', '6h', '--enhanced-feed-rates', 'CRITICAL=1,UNTRIAGED=0.5'],
    ]);
    expect(config.server.simulator?.enhanced).toEqual({
      ingestDelayMs: 10_000,
      initialScanMs: 120_000,
      findingsLagMs: 15_000,
      rescanDuration: 'DAYS_3',
      recognitionWindowMs: 7 * 86_400_000,
      feed: { intervalMs: 6 * 3_600_000, newFindingsPer30Days: { CRITICAL: 1, UNTRIAGED: 0.5 } },
    });
    expect(serve(['--enhanced-feed-rates', 'off']).server.simulator?.enhanced).toEqual({
      feed: { newFindingsPer30Days: {} },
    });
    expect(serve([]).server.simulator).not.toHaveProperty('enhanced');
  });

  it('refuses bad --enhanced-* values with a one-line reason', () => {
    expect(() => parseCliArgs(['--enhanced-rescan-duration', 'DAYS_1'])).toThrow(
      /--enhanced-rescan-duration must be one of LIFETIME/,
    );
    expect(() => parseCliArgs(['--enhanced-feed-rates', 'SEVERE=1'])).toThrow(
      /--enhanced-feed-rates must be SEVERITY=number/,
    );
    expect(() => parseCliArgs(['--enhanced-initial-scan', 'soon'])).toThrow(
      /--enhanced-initial-scan must be a duration/,
    );
  });

  it('maps every simulator flag to its option, durations in ms', () => {
    const config = serve([
      'serve',
      ...['--port', '0', '--host', '0.0.0.0', '--seed', '42', '--account', '111122223333'],
      ...['--region', 'eu-west-1', '--start-time', '2026-03-01T00:00:00Z', '--clock', 'fake'],
      ...['--account-scan-limit', '3', '--per-image-window', '1h', '--account-window', '2d'],
      ...['--window', 'utc-day', '--account-quota-exceeded', 'exception', '--scan-duration', '5s'],
      ...['--restore-duration', '90000', '--scan-record-delay', '2s', '--engine', 'CLAIR'],
      ...['--unsupported-os-status', 'UNSUPPORTED_IMAGE', '--fixtures', 'f.yaml', '--snapshot', 's.json'],
      ...['--persist', '--verbose', '--require-auth', '--max-body-bytes', '2048'],
    ]);
    expect(config).toEqual({
      server: {
        port: 0,
        host: '0.0.0.0',
        clock: 'fake',
        startTime: Date.UTC(2026, 2, 1),
        maxBodyBytes: 2048,
        requireAuth: true,
        verbose: true,
        simulator: {
          seed: 42,
          accountId: '111122223333',
          region: 'eu-west-1',
          quotas: {
            accountScanLimit: 3,
            perImageWindowMs: 3_600_000,
            accountWindowMs: 172_800_000,
            window: 'utc-day',
          },
          accountQuotaExceeded: 'exception',
          scanDurationMs: 5_000,
          restoreDurationMs: 90_000,
          scanRecordDelayMs: 2_000,
          engine: 'CLAIR',
          unsupportedOsStatus: 'UNSUPPORTED_IMAGE',
        },
      },
      fixtures: 'f.yaml',
      snapshot: 's.json',
      persist: true,
    });
    expect(serve(['--seed', 'abc']).server.simulator?.seed).toBe('abc');
  });

  it.each([
    [['--nope'], 'unknown flag --nope'],
    [['--port'], '--port needs a value'],
    [['--port', 'x'], "--port must be an integer from 0 to 65535, got 'x'"],
    [['--port', '70000'], '--port must be an integer'],
    [['--verbose=yes'], '--verbose takes no value'],
    [['--clock', 'sundial'], "--clock must be one of wall, fake, got 'sundial'"],
    [['--scan-duration', 'soon'], '--scan-duration must be a duration'],
    [['--start-time', 'yesterday'], '--start-time must be an ISO time'],
    [['--account', '12'], '--account must be 12 digits'],
    [['--region', 'mars'], '--region must look like us-east-1'],
    [['--engine', 'TRIVY'], '--engine must be one of AWS_NATIVE, CLAIR'],
    [['--persist'], '--persist needs --snapshot'],
    [['launch'], "unknown command 'launch'"],
    [['serve', 'extra'], "unexpected argument 'extra'"],
  ])('refuses %j with a one-line reason', (argv, reason) => {
    expect(() => parseCliArgs(argv)).toThrow(CliUsageError);
    expect(() => parseCliArgs(argv)).toThrow(reason);
  });

  it('refuses any flag it does not know, by name', () => {
    const known = new Set(Object.keys(CLI_FLAGS));
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z-]{0,20}$/), (name) => {
        fc.pre(!known.has(name));
        expect(() => parseCliArgs([`--${name}`])).toThrow(`unknown flag --${name}`);
      }),
      { numRuns: Number(process.env.NUM_RUNS ?? 100) },
    );
  });
});
