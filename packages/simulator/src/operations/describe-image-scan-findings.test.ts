import { CONSTRAINTS, type ImageScanFinding } from '@ecr-scan-sim/model';
import { describe, expect, it } from 'vitest';
import { expectEcrError, simWithRepo } from '../test-support/fixtures.js';

const imageId = { imageTag: 'v1' };
const describeV1 = (sim: Awaited<ReturnType<typeof simWithRepo>>, extra: object = {}) =>
  sim.describeImageScanFindings({ repositoryName: 'app', imageId, ...extra });

describe('DescribeImageScanFindings lifecycle', () => {
  it('L5: an image never scanned is ScanNotFoundException in the observed format', async () => {
    const sim = await simWithRepo();
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    await expectEcrError(
      describeV1(sim),
      'ScanNotFoundException',
      "Image scan does not exist for the image with '{imageDigest:'null', imageTag:'v1'}' in the repository with name 'app' in the registry with id '123456789012'",
    );
  });

  it('L2/L3: IN_PROGRESS for scanDurationMs, then COMPLETE with the observed description', async () => {
    const sim = await simWithRepo({ scanDurationMs: 10_000 });
    const { imageDigest } = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    await sim.startImageScan({ repositoryName: 'app', imageId });
    sim.clock.tick(9_999);
    const running = await describeV1(sim);
    expect(running.imageScanStatus).toEqual({ status: 'IN_PROGRESS' });
    expect(running.imageScanFindings).toBeUndefined();
    sim.clock.tick(1);
    const done = await describeV1(sim);
    expect(done.imageId).toEqual({ imageDigest, imageTag: 'v1' });
    expect(done.imageScanStatus).toEqual({
      status: 'COMPLETE',
      description: 'The scan was completed successfully.',
    });
    expect(done.imageScanFindings?.imageScanCompletedAt).toEqual(
      new Date(Date.parse('2026-01-01T00:00:10Z')),
    );
    const feed = done.imageScanFindings?.vulnerabilitySourceUpdatedAt as Date;
    expect(feed.getTime()).toBeLessThan(Date.parse('2026-01-01T00:00:10Z'));
  });

  it('L2: a profile scanDurationMs overrides the option', async () => {
    const sim = await simWithRepo();
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1', profile: { scanDurationMs: 1_000 } });
    await sim.startImageScan({ repositoryName: 'app', imageId });
    sim.clock.tick(1_000);
    expect((await describeV1(sim)).imageScanStatus?.status).toBe('COMPLETE');
  });

  it('L4: an unsupported OS ends FAILED with the OS/version text and no imageScanFindings', async () => {
    const sim = await simWithRepo();
    await sim.pushImage({
      repositoryName: 'app',
      imageTag: 'v1',
      profile: { outcome: 'FAILED', os: { name: 'alpine', version: 'v3.18' } },
    });
    await sim.startImageScan({ repositoryName: 'app', imageId });
    sim.clock.tick('30s');
    const failed = await describeV1(sim);
    expect(failed.imageScanStatus).toEqual({
      status: 'FAILED',
      description: "UnsupportedImageError: The operating system 'alpine' version 'v3.18' is not supported.",
    });
    expect(failed.imageScanFindings).toBeUndefined();
  });

  it('L4: option unsupportedOsStatus UNSUPPORTED_IMAGE reports that status (generic text without an OS)', async () => {
    const sim = await simWithRepo({ unsupportedOsStatus: 'UNSUPPORTED_IMAGE' });
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1', profile: { outcome: 'FAILED' } });
    await sim.startImageScan({ repositoryName: 'app', imageId });
    sim.clock.tick('30s');
    expect((await describeV1(sim)).imageScanStatus).toEqual({
      status: 'UNSUPPORTED_IMAGE',
      description: 'UnsupportedImageError: The operating system and/or package manager are not supported.',
    });
  });

  it('L7: while a rescan is IN_PROGRESS the findings of the last completed scan are shown', async () => {
    const sim = await simWithRepo({ quotas: { perImageWindowMs: 60_000 } });
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1', profile: { severityCounts: { HIGH: 2 } } });
    await sim.startImageScan({ repositoryName: 'app', imageId });
    sim.clock.tick('1m');
    await sim.startImageScan({ repositoryName: 'app', imageId });
    const rescanning = await describeV1(sim);
    expect(rescanning.imageScanStatus).toEqual({ status: 'IN_PROGRESS' });
    expect(rescanning.imageScanFindings?.findingSeverityCounts).toEqual({ HIGH: 2 });
    expect(rescanning.imageScanFindings?.imageScanCompletedAt).toEqual(
      new Date(Date.parse('2026-01-01T00:00:30Z')),
    );
  });

  it('L7: LIMIT_EXCEEDED keeps the last completed findings', async () => {
    const sim = await simWithRepo({
      quotas: { perImageWindowMs: 0, accountScanLimit: 1, accountWindowMs: 3_600_000 },
    });
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1', profile: { severityCounts: { LOW: 1 } } });
    await sim.startImageScan({ repositoryName: 'app', imageId });
    sim.clock.tick('1m');
    await sim.startImageScan({ repositoryName: 'app', imageId });
    const limited = await describeV1(sim);
    expect(limited.imageScanStatus?.status).toBe('LIMIT_EXCEEDED');
    expect(limited.imageScanFindings?.findingSeverityCounts).toEqual({ LOW: 1 });
  });

  it('A3: an archived image reports IMAGE_ARCHIVED with its last findings; ACTIVE again after restore', async () => {
    const sim = await simWithRepo({ restoreDurationMs: 60_000 });
    await sim.pushImage({
      repositoryName: 'app',
      imageTag: 'v1',
      profile: { severityCounts: { MEDIUM: 3 } },
    });
    await sim.startImageScan({ repositoryName: 'app', imageId });
    sim.clock.tick('30s');
    await sim.updateImageStorageClass({ repositoryName: 'app', imageId, targetStorageClass: 'ARCHIVE' });
    const archived = await describeV1(sim);
    expect(archived.imageScanStatus?.status).toBe('IMAGE_ARCHIVED');
    expect(archived.imageScanFindings?.findingSeverityCounts).toEqual({ MEDIUM: 3 });
    await sim.updateImageStorageClass({ repositoryName: 'app', imageId, targetStorageClass: 'STANDARD' });
    expect((await describeV1(sim)).imageScanStatus?.status).toBe('IMAGE_ARCHIVED');
    sim.clock.tick('1m');
    expect((await describeV1(sim)).imageScanStatus?.status).toBe('COMPLETE');
  });

  it('E2, E5, E12: switching ENHANCED on scans images already there: PENDING, then ACTIVE with both lists', async () => {
    const sim = await simWithRepo();
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1', profile: { severityCounts: { HIGH: 2 } } });
    await sim.putRegistryScanningConfiguration({ scanType: 'ENHANCED' });
    const pending = await describeV1(sim);
    expect(pending.imageScanStatus).toEqual({
      status: 'PENDING',
      description: 'Pending start of the image scan.',
    });
    expect(pending.imageScanFindings).toEqual({ findings: [], enhancedFindings: [] });
    sim.clock.tick('60s');
    const answer = await describeV1(sim);
    expect(answer.imageScanStatus).toEqual({
      status: 'ACTIVE',
      description: 'Continuous scan is selected for image.',
    });
    expect(answer.imageScanFindings?.findings).toEqual([]);
    expect(answer.imageScanFindings?.enhancedFindings).toHaveLength(2);
    expect(answer.imageScanFindings?.findingSeverityCounts).toEqual({ HIGH: 2 });
  });

  it('F1: exact profile findings are returned as given, counts tallied from them', async () => {
    const sim = await simWithRepo();
    const findings: ImageScanFinding[] = [
      { name: 'CVE-2024-0001', severity: 'CRITICAL', uri: 'https://example.test/1', attributes: [] },
      { name: 'CVE-2024-0002', severity: 'LOW', attributes: [{ key: 'package_name', value: 'zlib' }] },
    ];
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1', profile: { findings } });
    await sim.startImageScan({ repositoryName: 'app', imageId });
    sim.clock.tick('30s');
    const done = await describeV1(sim);
    expect(done.imageScanFindings?.findings).toEqual(findings);
    expect(done.imageScanFindings?.findingSeverityCounts).toEqual({ CRITICAL: 1, LOW: 1 });
  });

  it('F1: a clean image returns findings [] and counts {}', async () => {
    const sim = await simWithRepo();
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1', profile: { severityCounts: {} } });
    await sim.startImageScan({ repositoryName: 'app', imageId });
    sim.clock.tick('30s');
    const done = await describeV1(sim);
    expect(done.imageScanFindings?.findings).toEqual([]);
    expect(done.imageScanFindings?.findingSeverityCounts).toEqual({});
    expect(done.nextToken).toBeUndefined();
  });
});

describe('DescribeImageScanFindings paging', () => {
  async function scanned(counts: Record<string, number>) {
    const sim = await simWithRepo();
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1', profile: { severityCounts: counts } });
    await sim.startImageScan({ repositoryName: 'app', imageId });
    sim.clock.tick('30s');
    return sim;
  }

  it('P1: a page holds 100 findings by default and maxResults otherwise', async () => {
    const sim = await scanned({ MEDIUM: 150, LOW: 100 });
    expect((await describeV1(sim)).imageScanFindings?.findings).toHaveLength(100);
    expect((await describeV1(sim, { maxResults: 1000 })).imageScanFindings?.findings).toHaveLength(250);
    expect((await describeV1(sim, { maxResults: 7 })).imageScanFindings?.findings).toHaveLength(7);
  });

  it('P2/P4: pages cover the list once, every page repeats the whole counts, the last has no nextToken', async () => {
    const sim = await scanned({ CRITICAL: 3, HIGH: 20, UNDEFINED: 2 });
    const names: string[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const page = await describeV1(sim, { maxResults: 10, ...(nextToken ? { nextToken } : {}) });
      expect(page.imageScanFindings?.findingSeverityCounts).toEqual({ CRITICAL: 3, HIGH: 20, UNDEFINED: 2 });
      expect(page.imageScanStatus?.status).toBe('COMPLETE');
      names.push(...(page.imageScanFindings?.findings ?? []).map((f) => f.name as string));
      nextToken = page.nextToken;
      pages++;
    } while (nextToken);
    expect(pages).toBe(3);
    expect(names).toHaveLength(25);
    expect(new Set(names).size).toBe(25);
    const all = await describeV1(sim, { maxResults: 1000 });
    expect(all.imageScanFindings?.findings?.map((f) => f.name)).toEqual(names);
    expect(all.nextToken).toBeUndefined();
  });

  it('P3: a token we did not issue, or issued for another image, is InvalidParameterException on nextToken', async () => {
    const sim = await scanned({ LOW: 30 });
    const message = `Invalid parameter at 'nextToken' failed to satisfy constraint: '${CONSTRAINTS.issuedToken}'`;
    await expectEcrError(describeV1(sim, { nextToken: 'made-up' }), 'InvalidParameterException', message);
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v2', profile: { severityCounts: { LOW: 30 } } });
    await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'v2' } });
    sim.clock.tick('30s');
    const other = await sim.describeImageScanFindings({
      repositoryName: 'app',
      imageId: { imageTag: 'v2' },
      maxResults: 5,
    });
    expect(other.nextToken).toBeDefined();
    await expectEcrError(
      describeV1(sim, { nextToken: other.nextToken }),
      'InvalidParameterException',
      message,
    );
    const own = await describeV1(sim, { maxResults: 5 });
    const tampered = `${own.nextToken?.slice(0, -2)}AA`;
    await expectEcrError(describeV1(sim, { nextToken: tampered }), 'InvalidParameterException', message);
  });
});
