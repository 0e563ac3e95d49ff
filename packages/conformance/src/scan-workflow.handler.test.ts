import { type ScanResult, scanImage } from '@ecr-scan-sim/client';
import type { EcrApi } from '@ecr-scan-sim/model';
import {
  createSimulator,
  type EcrSimulator,
  FakeClock,
  type SimulatorOptions,
} from '@ecr-scan-sim/simulator';
import { createSimulatorHandler } from '@ecr-scan-sim/wire';
import { describe, expect, it } from 'vitest';
import { normalise } from './system/outcome.js';
import { adapterFor } from './transports/client-for.js';

type Setup = (sim: EcrSimulator) => Promise<void>;

/** Runs scanImage on the simulator directly and through EcrScanClient → ECRClient → the Smithy handler. */
async function both(options: Omit<SimulatorOptions, 'clock'>, setup: Setup, tag: string) {
  const results: unknown[] = [];
  for (const viaSdk of [false, true]) {
    const clock = new FakeClock();
    const sim = createSimulator({ ...options, clock });
    await sim.createRepository({ repositoryName: 'web' });
    await setup(sim);
    const api: EcrApi = viaSdk ? adapterFor({ requestHandler: createSimulatorHandler(sim) }) : sim;
    const timing = { sleep: async (ms: number) => void clock.tick(ms), now: () => clock.now() };
    results.push(
      await scanImage(api, { repositoryName: 'web', imageId: { imageTag: tag } }, timing).then(
        (r: ScanResult) => normalise(r),
        (e: Error) => ({ error: e.name, message: e.message }),
      ),
    );
  }
  return { direct: results[0], viaSdk: results[1] };
}

describe('scanImage gives the same result through the SDK and the wire as on the simulator', () => {
  const push =
    (tag: string, profile = {}) =>
    async (sim: EcrSimulator) => {
      await sim.pushImage({ repositoryName: 'web', imageTag: tag, profile });
    };

  it.each<[string, Omit<SimulatorOptions, 'clock'>, Setup, string, object]>([
    [
      'L3: COMPLETE with 260 findings over pages',
      {},
      push('v1', { severityCounts: { HIGH: 130, LOW: 130 } }),
      'v1',
      { status: 'COMPLETE', quota: 'ok' },
    ],
    ['L4: FAILED unsupported OS', {}, push('v1', { outcome: 'FAILED' }), 'v1', { status: 'FAILED' }],
    [
      'Q1: per-image limit (SDK LimitExceededException recognised by its text)',
      {},
      async (sim) => {
        await push('v1', { severityCounts: { CRITICAL: 1 } })(sim);
        await sim.startImageScan({ repositoryName: 'web', imageId: { imageTag: 'v1' } });
      },
      'v1',
      { status: 'COMPLETE', quota: 'per-image-limit' },
    ],
    [
      'Q6: account quota as an exception',
      { quotas: { accountScanLimit: 1 }, accountQuotaExceeded: 'exception' },
      async (sim) => {
        await push('a')(sim);
        await push('v1')(sim);
        await sim.startImageScan({ repositoryName: 'web', imageId: { imageTag: 'a' } });
      },
      'v1',
      { status: 'LIMIT_EXCEEDED', quota: 'account-limit' },
    ],
    [
      'A2: archived image',
      {},
      async (sim) => {
        await push('v1')(sim);
        await sim.updateImageStorageClass({
          repositoryName: 'web',
          imageId: { imageTag: 'v1' },
          targetStorageClass: 'ARCHIVE',
        });
      },
      'v1',
      { error: 'ImageArchivedException' },
    ],
  ])('%s', async (_name, options, setup, tag, expected) => {
    const { direct, viaSdk } = await both(options, setup, tag);
    expect(direct).toMatchObject(expected);
    expect(viaSdk).toEqual(direct);
  });
});
