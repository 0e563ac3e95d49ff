import {
  CreateRepositoryCommand,
  DescribeImageScanFindingsCommand,
  DescribeImagesCommand,
  ImageNotFoundException,
  LimitExceededException,
  PutImageCommand,
  paginateDescribeImageScanFindings,
  paginateDescribeImages,
  ScanNotFoundException,
  StartImageScanCommand,
  waitUntilImageScanComplete,
} from '@aws-sdk/client-ecr';
import { statusDescriptions } from '@ecr-scan-sim/model';
import { type CallRecord, createSimulator, FakeClock, manifests, systemClock } from '@ecr-scan-sim/simulator';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordingClient } from '../test-support/sdk.js';

afterEach(() => {
  vi.useRealTimers();
});

function setup(options: { scanOnPush?: boolean } = {}) {
  const clock = new FakeClock('2026-03-01T00:00:00Z');
  const sim = createSimulator({ clock, seed: 11 });
  const { client, exchanges } = recordingClient(sim, { maxAttempts: 1 });
  const createRepo = (repositoryName = 'app') =>
    client.send(
      new CreateRepositoryCommand({
        repositoryName,
        imageScanningConfiguration: { scanOnPush: options.scanOnPush ?? true },
      }),
    );
  const push = async (imageTag: string, repositoryName = 'app') => {
    const out = await client.send(
      new PutImageCommand({
        repositoryName,
        imageTag,
        imageManifest: manifests.image({ seedText: imageTag }),
      }),
    );
    return out.image?.imageId?.imageDigest ?? '';
  };
  return { clock, sim, client, exchanges, createRepo, push };
}

describe('ECRClient over createSimulatorHandler', () => {
  it('W1 W2 L1 L3: lifecycle: scanOnPush push is IN_PROGRESS, then COMPLETE after the scan duration', async () => {
    const { clock, client, createRepo, push } = setup();
    const created = await createRepo();
    expect(created.repository?.createdAt).toEqual(new Date('2026-03-01T00:00:00Z'));
    const imageDigest = await push('v1');
    expect(imageDigest).toMatch(/^sha256:[0-9a-f]{64}$/);

    const input = { repositoryName: 'app', imageId: { imageDigest } };
    const running = await client.send(new DescribeImageScanFindingsCommand(input));
    expect(running.imageScanStatus?.status).toBe('IN_PROGRESS');

    clock.tick('30s');
    const done = await client.send(new DescribeImageScanFindingsCommand(input));
    expect(done.imageScanStatus).toEqual({ status: 'COMPLETE', description: statusDescriptions.complete() });
    expect(done.imageScanFindings?.imageScanCompletedAt).toBeInstanceOf(Date);
    expect(done.imageScanFindings?.imageScanCompletedAt?.getTime()).toBeLessThanOrEqual(clock.now());
    expect(done.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });
  });

  describe('W1: errors arrive as the SDK exception classes', () => {
    it('ImageNotFoundException', async () => {
      const { client, createRepo } = setup();
      await createRepo();
      const error = await client
        .send(new StartImageScanCommand({ repositoryName: 'app', imageId: { imageTag: 'nope' } }))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImageNotFoundException);
      expect(error).toMatchObject({
        $fault: 'client',
        message:
          "The image with imageId {imageDigest:'null', imageTag:'nope'} does not exist within the repository with name 'app' in the registry with id '123456789012'",
      });
    });

    it('Q1: LimitExceededException for a second scan within 24 h', async () => {
      const { client, createRepo, push } = setup();
      await createRepo();
      await push('v1');
      const error = await client
        .send(new StartImageScanCommand({ repositoryName: 'app', imageId: { imageTag: 'v1' } }))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LimitExceededException);
      expect(error).toMatchObject({
        $fault: 'client',
        message: 'The scan quota per image has been exceeded. Wait and try again.',
        $metadata: { httpStatusCode: 400, attempts: 1 },
      });
    });

    it('L5: ScanNotFoundException for an image never scanned', async () => {
      const { client, createRepo, push } = setup({ scanOnPush: false });
      await createRepo();
      const imageDigest = await push('v1');
      const error = await client
        .send(new DescribeImageScanFindingsCommand({ repositoryName: 'app', imageId: { imageDigest } }))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ScanNotFoundException);
      expect(error).toMatchObject({
        $fault: 'client',
        message: `Image scan does not exist for the image with '{imageDigest:'${imageDigest}', imageTag:'null'}' in the repository with name 'app' in the registry with id '123456789012'`,
      });
    });
  });

  it('X1: a refused StartImageScan is tried 3 times by the default client, answered identically, consuming nothing', async () => {
    vi.useFakeTimers();
    const clock = new FakeClock('2026-03-01T00:00:00Z');
    const sim = createSimulator({ clock, seed: 5 });
    await sim.createRepository({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true } });
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    const { client, exchanges } = recordingClient(sim); // default retry strategy: 3 attempts
    const before = sim.snapshot();
    const callsBefore = sim.calls.length;

    const sent = client
      .send(new StartImageScanCommand({ repositoryName: 'app', imageId: { imageTag: 'v1' } }))
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(120_000);
    const error = await sent;

    expect(error).toBeInstanceOf(LimitExceededException);
    expect(error).toMatchObject({ $metadata: { attempts: 3, httpStatusCode: 400 } });
    expect(exchanges).toHaveLength(3);
    expect(new Set(exchanges.map((x) => `${x.status} ${x.body}`)).size).toBe(1);
    const newCalls = sim.calls.slice(callsBefore);
    expect(newCalls.map((c: CallRecord) => [c.operation, c.outcome])).toEqual(
      Array(3).fill([
        'StartImageScan',
        {
          ok: false,
          error: {
            name: 'LimitExceededException',
            message: 'The scan quota per image has been exceeded. Wait and try again.',
          },
        },
      ]),
    );
    expect(sim.snapshot()).toEqual(before);
  });

  describe('waitUntilImageScanComplete under fake timers, simulator on systemClock', () => {
    // docs/recipes/vitest-fake-timers.md: faking more than setTimeout, clearTimeout and Date is fine here.
    it.each([
      ['setTimeout, clearTimeout and Date', []],
      ['also setImmediate', ['setImmediate', 'clearImmediate']],
      ['also setInterval', ['setInterval', 'clearInterval']],
      ['also queueMicrotask', ['queueMicrotask']],
    ] as const)('reaches SUCCESS once the scan completes, faking %s', async (_, more) => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', ...more] });
      const sim = createSimulator({ clock: systemClock, seed: 2 });
      await sim.createRepository({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true } });
      const { imageDigest } = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
      const { client } = recordingClient(sim);

      const waiting = waitUntilImageScanComplete(
        { client, maxWaitTime: 300 },
        { repositoryName: 'app', imageId: { imageDigest } },
      ).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(180_000);
      const result = await waiting;
      expect(result).toMatchObject({ state: 'SUCCESS', reason: { imageScanStatus: { status: 'COMPLETE' } } });
      const polls = sim.calls.filter((c: CallRecord) => c.operation === 'DescribeImageScanFindings');
      expect(polls.length).toBeGreaterThan(1); // saw IN_PROGRESS first, retried on the waiter's own timers
      expect(polls.at(-1)?.at).toBeGreaterThanOrEqual(polls[0]!.at + 30_000);
    });

    it('L4: ends in FAILURE when the scan FAILS (unsupported OS profile)', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const sim = createSimulator({ clock: systemClock, seed: 2 });
      await sim.createRepository({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true } });
      const { imageDigest } = await sim.pushImage({
        repositoryName: 'app',
        imageTag: 'scratch',
        profile: { outcome: 'FAILED' },
      });
      const { client } = recordingClient(sim);

      const waiting = waitUntilImageScanComplete(
        { client, maxWaitTime: 300 },
        { repositoryName: 'app', imageId: { imageDigest } },
      ).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(180_000);
      const error = await waiting;
      expect(error).toBeInstanceOf(Error);
      const detail = JSON.parse((error as Error).message) as { state: string; reason: unknown };
      expect(detail.state).toBe('FAILURE');
      expect(detail.reason).toMatchObject({
        imageScanStatus: { status: 'FAILED', description: statusDescriptions.unsupportedOs() },
      });
    });
  });

  describe('paginators end on the last page', () => {
    it('P2: paginateDescribeImageScanFindings: 250 findings in pages of 100 → 3 pages', async () => {
      const { clock, sim, client } = setup();
      await sim.createRepository({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true } });
      const { imageDigest } = await sim.pushImage({
        repositoryName: 'app',
        imageTag: 'v1',
        profile: { severityCounts: { HIGH: 200, LOW: 50 } },
      });
      clock.tick('30s');
      const pages = [];
      for await (const page of paginateDescribeImageScanFindings(
        { client, pageSize: 100 },
        { repositoryName: 'app', imageId: { imageDigest } },
      )) {
        pages.push(page);
      }
      expect(pages.map((p) => p.imageScanFindings?.findings?.length)).toEqual([100, 100, 50]);
      expect(pages.at(-1)?.nextToken).toBeUndefined();
      expect(pages.every((p) => p.imageScanFindings?.findingSeverityCounts?.HIGH === 200)).toBe(true);
      const names = pages
        .flatMap((p) => p.imageScanFindings?.findings ?? [])
        .map((f) => `${f.name} ${f.attributes?.[0]?.value}`);
      expect(names).toHaveLength(250);
    });

    it('P2: paginateDescribeImages: 5 images in pages of 2 → 3 pages', async () => {
      const { sim, client } = setup();
      await sim.createRepository({ repositoryName: 'app' });
      for (const tag of ['a', 'b', 'c', 'd', 'e'])
        await sim.pushImage({ repositoryName: 'app', imageTag: tag });
      const pages = [];
      for await (const page of paginateDescribeImages({ client, pageSize: 2 }, { repositoryName: 'app' })) {
        pages.push(page);
      }
      expect(pages.map((p) => p.imageDetails?.length)).toEqual([2, 2, 1]);
      expect(pages.at(-1)?.nextToken).toBeUndefined();
      const tags = pages.flatMap((p) => p.imageDetails ?? []).flatMap((d) => d.imageTags ?? []);
      expect(tags.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    });
  });

  it('W2: DescribeImages returns imagePushedAt as the push time', async () => {
    const { clock, client, createRepo, push } = setup();
    await createRepo();
    clock.tick('1s');
    await push('v1');
    const out = await client.send(new DescribeImagesCommand({ repositoryName: 'app' }));
    expect(out.imageDetails?.[0]?.imagePushedAt).toEqual(new Date(clock.now()));
  });
});
