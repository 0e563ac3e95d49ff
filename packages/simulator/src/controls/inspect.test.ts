import { EcrError } from '@ecr-scan-sim/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import { expectEcrError, simWithRepo } from '../test-support/fixtures.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 0, 1);

describe('sim.inspect', () => {
  describe('read', () => {
    it('answers as the call would, records no call, consumes no fault and changes nothing', async () => {
      const sim = await simWithRepo({}, true);
      const { imageDigest } = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
      sim.clock.tick('30s');
      const input = { repositoryName: 'app', imageId: { imageDigest } };
      const expected = await sim.describeImageScanFindings(input);
      const fault = sim.injectFault({ error: 'ThrottlingException', times: 1 });
      const calls = sim.calls.length;
      const before = sim.snapshot();
      expect(sim.inspect.read('DescribeImageScanFindings', input)).toEqual(expected);
      expect(sim.inspect.read('DescribeRepositories', {}).repositories?.[0]?.repositoryName).toBe('app');
      expect(sim.inspect.read('GetRegistryScanningConfiguration', {}).scanningConfiguration?.scanType).toBe(
        'BASIC',
      );
      expect(sim.calls).toHaveLength(calls);
      expect(fault.remaining()).toBe(1);
      expect(sim.snapshot()).toEqual(before);
    });

    it('throws the EcrError the call would reject with (validation, then the operation)', async () => {
      const sim = await simWithRepo();
      expect(() => sim.inspect.read('DescribeImages', { repositoryName: 'nope' })).toThrow(EcrError);
      await expectEcrError(sim.describeImages({ repositoryName: 'nope' }), 'RepositoryNotFoundException');
      expect(() => sim.inspect.read('DescribeImages', { repositoryName: 'nope' })).toThrow(
        expect.objectContaining({ name: 'RepositoryNotFoundException' }),
      );
      expect(() => sim.inspect.read('DescribeImages', { repositoryName: '' })).toThrow(
        expect.objectContaining({ name: 'InvalidParameterException' }),
      );
    });

    it('refuses an operation that writes, with a TypeError that names it', () => {
      const sim = createSimulator();
      const read = sim.inspect.read as (operation: string, input: unknown) => unknown;
      expect(() => read('CreateRepository', { repositoryName: 'app' })).toThrow(/got CreateRepository/);
      expect(() => read('DescribeNothing', {})).toThrow(TypeError);
      expect(sim.inspect.read('DescribeRepositories', {}).repositories).toEqual([]);
    });

    it('G1: reads the registry of the region it is given', async () => {
      const sim = createSimulator();
      await sim.call('CreateRepository', { repositoryName: 'eu-app' }, { region: 'eu-west-1' });
      expect(sim.inspect.read('DescribeRepositories', {}).repositories).toEqual([]);
      const eu = sim.inspect.read('DescribeRepositories', {}, { region: 'eu-west-1' });
      expect(eu.repositories?.map((r) => r.repositoryName)).toEqual(['eu-app']);
      expect(sim.inspect.regions()).toEqual(['eu-west-1', 'us-east-1']);
    });
  });

  describe('accountWindow', () => {
    it('Q4/Q6: used and limit as StartImageScan counts them; a full window frees when its oldest start leaves', async () => {
      const sim = await simWithRepo({ quotas: { accountScanLimit: 2 } });
      for (const tag of ['a', 'b', 'c']) await sim.pushImage({ repositoryName: 'app', imageTag: tag });
      const scan = (tag: string) => sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: tag } });
      expect(sim.inspect.accountWindow()).toMatchObject({ used: 0, limit: 2, nextFreeAt: T0 });
      await scan('a');
      sim.clock.tick('1h');
      await scan('b');
      const full = sim.inspect.accountWindow({ slices: 24 });
      expect(full).toMatchObject({
        region: 'us-east-1',
        used: 2,
        window: 'rolling',
        from: T0 + HOUR - DAY,
        to: T0 + HOUR,
        nextFreeAt: T0 + DAY,
      });
      // 24 one-hour slices of (T0 − 23 h, T0 + 1 h]: both starts are in the last hour.
      expect(full.histogram.slice(-2)).toEqual([0, 2]);
      expect((await scan('c')).imageScanStatus?.status).toBe('LIMIT_EXCEEDED');
      sim.clock.setSystemTime(T0 + DAY - 1);
      expect((await scan('c')).imageScanStatus?.status).toBe('LIMIT_EXCEEDED');
      sim.clock.setSystemTime(T0 + DAY);
      expect(sim.inspect.accountWindow()).toMatchObject({ used: 1, nextFreeAt: T0 + DAY });
      expect((await scan('c')).imageScanStatus?.status).toBe('IN_PROGRESS');
    });

    it('Q7: with utc-day the window is the calendar day and frees at the next UTC midnight', async () => {
      const sim = await simWithRepo({ quotas: { accountScanLimit: 1, window: 'utc-day' } });
      await sim.pushImage({ repositoryName: 'app', imageTag: 'a' });
      sim.clock.setSystemTime('2026-01-01T23:00:00Z');
      await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'a' } });
      expect(sim.inspect.accountWindow()).toMatchObject({
        used: 1,
        from: T0,
        to: T0 + DAY,
        nextFreeAt: T0 + DAY,
      });
    });

    it('an unknown region shows an empty window; slices outside 1–1000 are a TypeError', () => {
      const sim = createSimulator();
      expect(sim.inspect.accountWindow({ region: 'ap-south-1', slices: 3 })).toMatchObject({
        used: 0,
        histogram: [0, 0, 0],
      });
      expect(() => sim.inspect.accountWindow({ slices: 0 })).toThrow(TypeError);
      expect(() => sim.inspect.accountWindow({ slices: 1.5 })).toThrow(TypeError);
      expect(sim.inspect.regions()).toEqual(['us-east-1']);
    });
  });

  describe('imageWindow', () => {
    it('Q1/Q3: the next allowed start agrees with StartImageScan at every time, by tag or digest (property)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 2 * DAY }), async (later) => {
          const sim = await simWithRepo();
          const { imageDigest } = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
          expect(sim.inspect.imageWindow({ repositoryName: 'app', imageTag: 'v1' })).toMatchObject({
            lastScanStartedAt: undefined,
            nextScanAllowedAt: undefined,
            allowedNow: true,
          });
          await sim.startImageScan({ repositoryName: 'app', imageId: { imageDigest } });
          sim.clock.tick(later);
          const view = sim.inspect.imageWindow({ repositoryName: 'app', imageDigest });
          expect(view).toMatchObject({ imageDigest, lastScanStartedAt: T0, nextScanAllowedAt: T0 + DAY });
          const accepted = await sim
            .startImageScan({ repositoryName: 'app', imageId: { imageTag: 'v1' } })
            .then(
              () => true,
              () => false,
            );
          expect(view?.allowedNow).toBe(accepted);
          expect(accepted).toBe(T0 + later >= (view?.nextScanAllowedAt ?? 0));
        }),
        { numRuns: 40 },
      );
    });

    it('is undefined for an image, repository or region that does not exist', async () => {
      const sim = await simWithRepo();
      expect(sim.inspect.imageWindow({ repositoryName: 'app', imageTag: 'nope' })).toBeUndefined();
      expect(sim.inspect.imageWindow({ repositoryName: 'nope', imageTag: 'v1' })).toBeUndefined();
      expect(sim.inspect.imageWindow({ repositoryName: 'app', imageTag: 'v1', region: 'x' })).toBeUndefined();
    });
  });

  describe('faults', () => {
    it('lists the armed faults with what each has left; spent, cancelled and reset faults are gone', async () => {
      const sim = createSimulator();
      sim.injectFault({ operation: 'StartImageScan', error: 'ServerException', times: 2 });
      const flaky = sim.injectFault({ error: 'ThrottlingException', probability: 0.25 });
      expect(sim.inspect.faults()).toEqual([
        { operation: 'StartImageScan', error: 'ServerException', times: 2, remaining: 2 },
        { error: 'ThrottlingException', probability: 0.25, remaining: Number.POSITIVE_INFINITY },
      ]);
      flaky.cancel();
      sim.injectFault({ error: 'ServerException' });
      await expectEcrError(sim.describeRepositories({}), 'ServerException');
      expect(sim.inspect.faults()).toEqual([
        { operation: 'StartImageScan', error: 'ServerException', times: 2, remaining: 2 },
      ]);
      sim.reset();
      expect(sim.inspect.faults()).toEqual([]);
    });
  });
});
