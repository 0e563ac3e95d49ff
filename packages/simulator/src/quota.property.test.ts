/**
 * The two quota windows (rules Q1, Q4, Q5, Q6, Q7) against a tiny independent reference: a map of last accepted
 * starts per image and the list of every accepted start time. Small limits and windows of minutes so both
 * windows fill and expire within a run; the clock only moves forward here (backwards: see clock-backwards.test.ts).
 */
import { isEcrError } from '@ecr-scan-sim/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulator } from './create-simulator.js';

const NUM_RUNS = Number(process.env['NUM_RUNS'] ?? 60);
const DAY = 86_400_000;
const IMAGES = 4;

type Command = { kind: 'tick'; ms: number } | { kind: 'scan'; image: number } | { kind: 'push' };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('tick' as const),
    ms: fc.oneof(fc.integer({ min: 0, max: 400_000 }), fc.constant(DAY / 3)),
  }),
  fc.record({ kind: fc.constant('scan' as const), image: fc.nat(IMAGES - 1) }),
  fc.record({ kind: fc.constant('push' as const) }),
);

class Reference {
  readonly last = new Map<string, number>();
  readonly accepted: number[] = [];
  constructor(
    private readonly window: 'rolling' | 'utc-day',
    private readonly perImageMs: number,
    private readonly accountMs: number,
    private readonly limit: number,
  ) {}
  imageAllows(key: string, now: number): boolean {
    const last = this.last.get(key);
    if (last === undefined) return true;
    return this.window === 'utc-day'
      ? Math.floor(last / DAY) < Math.floor(now / DAY)
      : now - last >= this.perImageMs;
  }
  accountAllows(now: number): boolean {
    const counted = this.accepted.filter((t) =>
      this.window === 'utc-day' ? Math.floor(t / DAY) === Math.floor(now / DAY) : t > now - this.accountMs,
    );
    return counted.length < this.limit;
  }
  accept(key: string, now: number): void {
    this.last.set(key, now);
    this.accepted.push(now);
  }
}

async function run(window: 'rolling' | 'utc-day', exception: boolean, commands: Command[]) {
  const quotas = { accountScanLimit: 5, perImageWindowMs: 600_000, accountWindowMs: 900_000, window };
  const sim = createSimulator({
    quotas,
    scanDurationMs: 1_000,
    accountQuotaExceeded: exception ? 'exception' : 'status',
  });
  const ref = new Reference(window, quotas.perImageWindowMs, quotas.accountWindowMs, quotas.accountScanLimit);
  await sim.createRepository({ repositoryName: 'manual' });
  await sim.createRepository({ repositoryName: 'pushed', imageScanningConfiguration: { scanOnPush: true } });
  for (let i = 0; i < IMAGES; i++) await sim.pushImage({ repositoryName: 'manual', imageTag: `i${i}` });
  let pushes = 0;
  for (const cmd of commands) {
    const now = sim.clock.now();
    if (cmd.kind === 'tick') {
      sim.clock.tick(cmd.ms);
    } else if (cmd.kind === 'scan') {
      const key = `manual:${cmd.image}`;
      const outcome = await sim
        .startImageScan({ repositoryName: 'manual', imageId: { imageTag: `i${cmd.image}` } })
        .then(
          (r) => r.imageScanStatus?.status,
          (e: unknown) => (isEcrError(e) ? e.message : 'bug'),
        );
      if (!ref.imageAllows(key, now)) {
        expect(outcome).toBe('The scan quota per image has been exceeded. Wait and try again.'); // Q1
      } else if (!ref.accountAllows(now)) {
        expect(outcome).toEqual(
          exception ? expect.stringContaining('basic scan quota of 5') : 'LIMIT_EXCEEDED',
        ); // Q6
      } else {
        expect(outcome).toBe('IN_PROGRESS');
        ref.accept(key, now);
      }
    } else {
      const tag = `p${pushes++}`;
      await sim.pushImage({ repositoryName: 'pushed', imageTag: tag });
      const shown = await sim.describeImageScanFindings({
        repositoryName: 'pushed',
        imageId: { imageTag: tag },
      });
      if (ref.accountAllows(now)) {
        expect(shown.imageScanStatus?.status).toBe('IN_PROGRESS'); // Q2, Q4: a push scan counts
        ref.accept(`pushed:${tag}`, now);
      } else {
        expect(shown.imageScanStatus?.status).toBe('LIMIT_EXCEEDED'); // Q5
      }
    }
  }
}

describe('quota windows against a reference model', () => {
  it('Q1/Q4/Q5/Q6: rolling windows agree with the reference (status mode)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 60 }), (commands) => run('rolling', false, commands)),
      { numRuns: NUM_RUNS },
    );
  });

  it('Q6: rolling windows agree with the reference (exception mode)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 60 }), (commands) => run('rolling', true, commands)),
      { numRuns: NUM_RUNS },
    );
  });

  it('Q7: utc-day windows agree with the reference', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 60 }), (commands) => run('utc-day', false, commands)),
      { numRuns: NUM_RUNS },
    );
  });
});
