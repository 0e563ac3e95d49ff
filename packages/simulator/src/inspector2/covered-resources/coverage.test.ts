import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../create-simulator.js';
import { manifests } from '../../manifests.js';

async function registryWithImages() {
  const sim = createSimulator();
  await sim.createRepository({ repositoryName: 'web' });
  await sim.createRepository({ repositoryName: 'app' });
  const v1 = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
  const v2 = await sim.pushImage({ repositoryName: 'app', imageTag: 'v2' });
  const index = await sim.pushImage({
    repositoryName: 'web',
    imageTag: 'multi',
    imageManifest: manifests.index([v1.imageDigest]),
    imageManifestMediaType: 'application/vnd.oci.image.index.v1+json',
  });
  return { sim, v1, v2, index };
}

const arnOf = (repo: string, digest?: string) =>
  `arn:aws:ecr:us-east-1:123456789012:repository/${repo}${digest === undefined ? '' : `/${digest}`}`;

describe('ListCoverage', () => {
  it('S24: nothing is covered while ECR scanning is disabled (BASIC)', async () => {
    const { sim } = await registryWithImages();
    expect(await sim.inspector2.listCoverage()).toEqual({ coveredResources: [] });
  });

  it('S24, S25, S26: once enabled, repositories by name, each followed by its images in push order', async () => {
    const { sim, v1, v2, index } = await registryWithImages();
    await sim.inspector2.enable({ resourceTypes: ['ECR'] });
    sim.clock.tick('1m');
    const { coveredResources } = await sim.inspector2.listCoverage();
    expect(
      coveredResources?.map((c) => [
        c.resourceType,
        c.resourceId,
        c.scanStatus?.statusCode,
        c.scanStatus?.reason,
      ]),
    ).toEqual([
      ['AWS_ECR_REPOSITORY', arnOf('app'), 'ACTIVE', 'SUCCESSFUL'],
      ['AWS_ECR_CONTAINER_IMAGE', arnOf('app', v1.imageDigest), 'ACTIVE', 'SUCCESSFUL'],
      ['AWS_ECR_CONTAINER_IMAGE', arnOf('app', v2.imageDigest), 'ACTIVE', 'SUCCESSFUL'],
      ['AWS_ECR_REPOSITORY', arnOf('web'), 'ACTIVE', 'SUCCESSFUL'],
      ['AWS_ECR_CONTAINER_IMAGE', arnOf('web', index.imageDigest), 'INACTIVE', 'UNSUPPORTED_MEDIA_TYPE'],
    ]);
    expect(coveredResources?.[0]).toEqual({
      resourceType: 'AWS_ECR_REPOSITORY',
      resourceId: arnOf('app'),
      accountId: '123456789012',
      scanType: 'PACKAGE',
      scanStatus: { statusCode: 'ACTIVE', reason: 'SUCCESSFUL' },
      resourceMetadata: { ecrRepository: { name: 'app', scanFrequency: 'CONTINUOUS_SCAN' } },
    });
    expect(coveredResources?.[1]?.resourceMetadata).toEqual({ ecrImage: { tags: ['v1'] } });
  });

  it('S25, S26: a MANUAL repository and its images are INACTIVE SCAN_FREQUENCY_MANUAL; SCAN_ON_PUSH images scan once', async () => {
    const { sim } = await registryWithImages();
    await sim.putRegistryScanningConfiguration({
      scanType: 'ENHANCED',
      rules: [
        { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'ap', filterType: 'WILDCARD' }] },
      ],
    });
    sim.clock.tick('1m');
    const { coveredResources } = await sim.inspector2.listCoverage();
    const byId = (repo: string) =>
      coveredResources?.filter((c) => c.resourceId?.startsWith(arnOf(repo))) ?? [];
    expect(byId('web').map((c) => c.scanStatus)).toEqual([
      { statusCode: 'INACTIVE', reason: 'SCAN_FREQUENCY_MANUAL' },
      { statusCode: 'INACTIVE', reason: 'SCAN_FREQUENCY_MANUAL' },
    ]);
    expect(byId('web')[0]?.resourceMetadata?.ecrRepository?.scanFrequency).toBe('MANUAL');
    expect(byId('app').map((c) => c.scanStatus?.reason)).toEqual([
      'SUCCESSFUL',
      'SCAN_FREQUENCY_SCAN_ON_PUSH',
      'SCAN_FREQUENCY_SCAN_ON_PUSH',
    ]);
  });

  it('S26: an archived image is INACTIVE IMAGE_ARCHIVED', async () => {
    const { sim, v1 } = await registryWithImages();
    await sim.inspector2.enable({ resourceTypes: ['ECR'] });
    await sim.updateImageStorageClass({
      repositoryName: 'app',
      imageId: { imageDigest: v1.imageDigest },
      targetStorageClass: 'ARCHIVE',
    });
    const item = (await sim.inspector2.listCoverage()).coveredResources?.find(
      (c) => c.resourceId === arnOf('app', v1.imageDigest),
    );
    expect(item?.scanStatus).toEqual({ statusCode: 'INACTIVE', reason: 'IMAGE_ARCHIVED' });
  });

  it('S27: coverage filters: resourceType, ecrRepositoryName (images too), ecrImageTags, scanStatusReason', async () => {
    const { sim } = await registryWithImages();
    await sim.inspector2.enable({ resourceTypes: ['ECR'] });
    sim.clock.tick('1m');
    const ids = async (filterCriteria: object) =>
      ((await sim.inspector2.listCoverage({ filterCriteria })).coveredResources ?? []).map(
        (c) => c.resourceId,
      );
    expect(await ids({ resourceType: [{ comparison: 'EQUALS', value: 'AWS_ECR_REPOSITORY' }] })).toEqual([
      arnOf('app'),
      arnOf('web'),
    ]);
    expect((await ids({ ecrRepositoryName: [{ comparison: 'EQUALS', value: 'app' }] })).length).toBe(3);
    expect((await ids({ ecrImageTags: [{ comparison: 'EQUALS', value: 'v2' }] })).length).toBe(1);
    expect(
      (await ids({ scanStatusReason: [{ comparison: 'NOT_EQUALS', value: 'SUCCESSFUL' }] })).length,
    ).toBe(1);
    expect(await ids({ lambdaFunctionName: [{ comparison: 'EQUALS', value: 'x' }] })).toEqual([]);
  });

  it('S11, S12: coverage pages with tokens bound to the filter', async () => {
    const { sim } = await registryWithImages();
    await sim.inspector2.enable({ resourceTypes: ['ECR'] });
    const first = await sim.inspector2.listCoverage({ maxResults: 2 });
    expect(first.coveredResources).toHaveLength(2);
    const rest = await sim.inspector2.listCoverage({ maxResults: 10, nextToken: first.nextToken });
    expect(rest).not.toHaveProperty('nextToken');
    expect((first.coveredResources?.length ?? 0) + (rest.coveredResources?.length ?? 0)).toBe(5);
    await expect(
      sim.inspector2.listCoverage({
        nextToken: first.nextToken,
        filterCriteria: { resourceType: [{ comparison: 'EQUALS', value: 'AWS_ECR_REPOSITORY' }] },
      }),
    ).rejects.toMatchObject({ name: 'ValidationException', members: { reason: 'FIELD_VALIDATION_FAILED' } });
  });
});
