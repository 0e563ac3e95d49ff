import { CONSTRAINTS } from '@ecr-scan-sim/model';
import { describe, expect, it } from 'vitest';
import { expectEcrError, simWithRepo } from '../test-support/fixtures.js';

describe('DescribeImages', () => {
  it('I1: lists in a stable order: push time, then digest', async () => {
    const sim = await simWithRepo();
    const late = await sim.pushImage({ repositoryName: 'app', seedText: 'late' });
    sim.clock.setSystemTime(Date.parse('2025-12-31T00:00:00Z')); // earlier push time
    const a = await sim.pushImage({ repositoryName: 'app', seedText: 'a' });
    const b = await sim.pushImage({ repositoryName: 'app', seedText: 'b' });
    const sameTime = [a.imageDigest, b.imageDigest].sort();
    const { imageDetails = [] } = await sim.describeImages({ repositoryName: 'app' });
    expect(imageDetails.map((d) => d.imageDigest)).toEqual([...sameTime, late.imageDigest]);
  });

  it('I2: an untagged image omits imageTags; tagStatus filters TAGGED / UNTAGGED / ANY', async () => {
    const sim = await simWithRepo();
    const tagged = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    sim.clock.tick(1);
    const untagged = await sim.pushImage({ repositoryName: 'app', seedText: 'bare' });
    const list = async (tagStatus?: 'TAGGED' | 'UNTAGGED' | 'ANY') =>
      (await sim.describeImages({ repositoryName: 'app', ...(tagStatus ? { filter: { tagStatus } } : {}) }))
        .imageDetails ?? [];
    const all = await list();
    expect(all[1]).not.toHaveProperty('imageTags');
    expect(all[0]?.imageTags).toEqual(['v1']);
    expect((await list('TAGGED')).map((d) => d.imageDigest)).toEqual([tagged.imageDigest]);
    expect((await list('UNTAGGED')).map((d) => d.imageDigest)).toEqual([untagged.imageDigest]);
    expect(await list('ANY')).toHaveLength(2);
  });

  it('I3: imageIds with a missing image is ImageNotFoundException for the first missing one', async () => {
    const sim = await simWithRepo();
    const { imageDigest } = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    await expectEcrError(
      sim.describeImages({
        repositoryName: 'app',
        imageIds: [{ imageTag: 'v1' }, { imageTag: 'gone' }, { imageTag: 'also' }],
      }),
      'ImageNotFoundException',
      "The image with imageId {imageDigest:'null', imageTag:'gone'} does not exist within the repository with name 'app' in the registry with id '123456789012'",
    );
    const found = await sim.describeImages({
      repositoryName: 'app',
      imageIds: [{ imageDigest }, { imageTag: 'v1' }],
    });
    expect(found.imageDetails?.map((d) => d.imageDigest)).toEqual([imageDigest]);
  });

  it('P5: imageIds with nextToken or maxResults is InvalidParameterException', async () => {
    const sim = await simWithRepo();
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    await expectEcrError(
      sim.describeImages({ repositoryName: 'app', imageIds: [{ imageTag: 'v1' }], maxResults: 5 }),
      'InvalidParameterException',
      `Invalid parameter at 'maxResults' failed to satisfy constraint: '${CONSTRAINTS.notWithImageIds}'`,
    );
    await expectEcrError(
      sim.describeImages({ repositoryName: 'app', imageIds: [{ imageTag: 'v1' }], nextToken: 'x' }),
      'InvalidParameterException',
    );
  });

  it('N1: AWS_NATIVE (default) omits imageScanStatus and imageScanFindingsSummary', async () => {
    const sim = await simWithRepo({}, true);
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    sim.clock.tick('1m');
    const [detail] = (await sim.describeImages({ repositoryName: 'app' })).imageDetails ?? [];
    expect(detail).not.toHaveProperty('imageScanStatus');
    expect(detail).not.toHaveProperty('imageScanFindingsSummary');
  });

  it('N1: CLAIR fills both, consistent with DescribeImageScanFindings', async () => {
    const sim = await simWithRepo({ engine: 'CLAIR' }, true);
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    const running = (await sim.describeImages({ repositoryName: 'app' })).imageDetails?.[0];
    expect(running?.imageScanStatus).toEqual({ status: 'IN_PROGRESS' });
    expect(running).not.toHaveProperty('imageScanFindingsSummary');
    sim.clock.tick('1m');
    const detail = (await sim.describeImages({ repositoryName: 'app' })).imageDetails?.[0];
    const findings = await sim.describeImageScanFindings({
      repositoryName: 'app',
      imageId: { imageTag: 'v1' },
    });
    expect(detail?.imageScanStatus).toEqual(findings.imageScanStatus);
    expect(detail?.imageScanFindingsSummary).toEqual({
      imageScanCompletedAt: findings.imageScanFindings?.imageScanCompletedAt,
      vulnerabilitySourceUpdatedAt: findings.imageScanFindings?.vulnerabilitySourceUpdatedAt,
      findingSeverityCounts: findings.imageScanFindings?.findingSeverityCounts,
    });
  });

  it('E29: with an ENHANCED registry DescribeImages never carries scan fields, even with CLAIR', async () => {
    const sim = await simWithRepo({ engine: 'CLAIR' });
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    await sim.putRegistryScanningConfiguration({ scanType: 'ENHANCED' });
    sim.clock.tick('2m');
    const detail = (await sim.describeImages({ repositoryName: 'app' })).imageDetails?.[0];
    const findings = await sim.describeImageScanFindings({
      repositoryName: 'app',
      imageId: { imageTag: 'v1' },
    });
    expect(findings.imageScanStatus?.status).toBe('ACTIVE');
    expect(detail).not.toHaveProperty('imageScanStatus');
    expect(detail).not.toHaveProperty('imageScanFindingsSummary');
  });

  it('A4: without filter.imageStatus only ACTIVE images are listed; the filter selects the others', async () => {
    const sim = await simWithRepo();
    const kept = await sim.pushImage({ repositoryName: 'app', imageTag: 'kept' });
    sim.clock.tick(1);
    const archived = await sim.pushImage({ repositoryName: 'app', imageTag: 'old' });
    sim.clock.tick(1);
    const restoring = await sim.pushImage({ repositoryName: 'app', imageTag: 'back' });
    await sim.updateImageStorageClass({
      repositoryName: 'app',
      imageId: { imageTag: 'old' },
      targetStorageClass: 'ARCHIVE',
    });
    await sim.updateImageStorageClass({
      repositoryName: 'app',
      imageId: { imageTag: 'back' },
      targetStorageClass: 'ARCHIVE',
    });
    await sim.updateImageStorageClass({
      repositoryName: 'app',
      imageId: { imageTag: 'back' },
      targetStorageClass: 'STANDARD',
    });
    const list = async (imageStatus?: 'ACTIVE' | 'ARCHIVED' | 'ACTIVATING' | 'ANY') =>
      (
        (
          await sim.describeImages({
            repositoryName: 'app',
            ...(imageStatus ? { filter: { imageStatus } } : {}),
          })
        ).imageDetails ?? []
      ).map((d) => [d.imageDigest, d.imageStatus]);
    expect(await list()).toEqual([[kept.imageDigest, 'ACTIVE']]);
    expect(await list('ARCHIVED')).toEqual([[archived.imageDigest, 'ARCHIVED']]);
    expect(await list('ACTIVATING')).toEqual([[restoring.imageDigest, 'ACTIVATING']]);
    expect(await list('ANY')).toHaveLength(3);
    // imageIds name images whatever their storage status.
    const byId = await sim.describeImages({ repositoryName: 'app', imageIds: [{ imageTag: 'old' }] });
    expect(byId.imageDetails?.[0]?.imageStatus).toBe('ARCHIVED');
  });

  it('P1/P2/P3: pages of 100 by default, no nextToken on the last page, tokens bound to the query', async () => {
    const sim = await simWithRepo();
    for (let i = 0; i < 130; i++) await sim.pushImage({ repositoryName: 'app', seedText: `i${i}` });
    const first = await sim.describeImages({ repositoryName: 'app' });
    expect(first.imageDetails).toHaveLength(100);
    const second = await sim.describeImages({ repositoryName: 'app', nextToken: first.nextToken });
    expect(second.imageDetails).toHaveLength(30);
    expect(second).not.toHaveProperty('nextToken');
    const digests = [...(first.imageDetails ?? []), ...(second.imageDetails ?? [])].map((d) => d.imageDigest);
    expect(new Set(digests).size).toBe(130);
    await expectEcrError(
      sim.describeImages({
        repositoryName: 'app',
        nextToken: first.nextToken,
        filter: { tagStatus: 'UNTAGGED' },
      }),
      'InvalidParameterException',
    );
  });
});
