/** The README examples, verbatim in spirit, so the README cannot drift from the behaviour. */
import { describe, expect, it } from 'vitest';
import { createSimulator } from './create-simulator.js';
import { expectEcrError } from './test-support/fixtures.js';

describe('README examples', () => {
  it('L2/L3/Q1/Q2: lifecycle with tick, then the per-image limit', async () => {
    const sim = createSimulator();
    await sim.createRepository({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true } });
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    const ask = () => sim.describeImageScanFindings({ repositoryName: 'app', imageId: { imageTag: 'v1' } });
    expect((await ask()).imageScanStatus).toEqual({ status: 'IN_PROGRESS' });
    sim.clock.tick('30s');
    expect((await ask()).imageScanStatus).toEqual({
      status: 'COMPLETE',
      description: 'The scan was completed successfully.',
    });
    expect((await ask()).imageScanFindings?.findingSeverityCounts).toEqual(
      (await ask()).imageScanFindings?.findingSeverityCounts,
    );

    await expectEcrError(
      sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'v1' } }),
      'LimitExceededException',
      'The scan quota per image has been exceeded. Wait and try again.',
    );
    sim.clock.tick('24h');
    const again = await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'v1' } });
    expect(again.imageScanStatus).toEqual({ status: 'IN_PROGRESS' });
  });

  it('Q4/Q5/Q6: the account quota with a small limit', async () => {
    const small = createSimulator({ quotas: { accountScanLimit: 2 } });
    await small.createRepository({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true } });
    for (const tag of ['a', 'b', 'c']) await small.pushImage({ repositoryName: 'app', imageTag: tag });
    const status = async (tag: string) =>
      (await small.describeImageScanFindings({ repositoryName: 'app', imageId: { imageTag: tag } }))
        .imageScanStatus?.status;
    expect([await status('a'), await status('b'), await status('c')]).toEqual([
      'IN_PROGRESS',
      'IN_PROGRESS',
      'LIMIT_EXCEEDED',
    ]);
    const refused = await small.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'c' } });
    expect(refused.imageScanStatus?.status).toBe('LIMIT_EXCEEDED');
    small.clock.tick('24h');
    const accepted = await small.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'c' } });
    expect(accepted.imageScanStatus?.status).toBe('IN_PROGRESS');
  });

  it('S1/S14/S24/S33: Amazon Inspector2 on the same account', async () => {
    const sim = createSimulator();
    await sim.createRepository({ repositoryName: 'app' });
    const { imageDigest } = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    await sim.inspector2.enable({ resourceTypes: ['ECR'] });
    expect((await sim.getRegistryScanningConfiguration()).scanningConfiguration?.scanType).toBe('ENHANCED');
    await sim.inspector2.updateConfiguration({ ecrConfiguration: { rescanDuration: 'DAYS_30' } });
    const { coveredResources } = await sim.inspector2.listCoverage();
    expect(coveredResources?.map((c) => c.resourceType)).toEqual([
      'AWS_ECR_REPOSITORY',
      'AWS_ECR_CONTAINER_IMAGE',
    ]);
    sim.clock.tick('1m');
    const { findings } = await sim.inspector2.listFindings({
      filterCriteria: { ecrImageHash: [{ comparison: 'EQUALS', value: imageDigest }] },
    });
    const ecr = await sim.describeImageScanFindings({ repositoryName: 'app', imageId: { imageDigest } });
    expect(ecr.imageScanStatus?.status).toBe('ACTIVE');
    expect(findings?.map((f) => f.findingArn)).toEqual(
      ecr.imageScanFindings?.enhancedFindings?.map((f) => f.findingArn),
    );
    expect(findings?.[0]).toHaveProperty('inspectorScore');
    sim.injectFault({ service: 'inspector2', error: 'ThrottlingException' });
    await expect(sim.inspector2.listCoverage()).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(sim.calls.at(-1)).toMatchObject({ service: 'inspector2', operation: 'ListCoverage' });
  });

  it('C4, C10: a filter without * matches every name that contains it', async () => {
    const sim = createSimulator();
    await sim.createRepository({ repositoryName: 'team/prod-api' });
    await sim.putRegistryScanningConfiguration({
      rules: [
        { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'prod', filterType: 'WILDCARD' }] },
      ],
    });
    const { scanningConfigurations } = await sim.batchGetRepositoryScanningConfiguration({
      repositoryNames: ['team/prod-api'],
    });
    expect(scanningConfigurations?.[0]).toMatchObject({
      scanFrequency: 'SCAN_ON_PUSH',
      appliedScanFilters: [{ filter: 'prod', filterType: 'WILDCARD' }],
      scanOnPush: false,
    });
  });

  it('E5, E2, E16, E10: the ENHANCED example', async () => {
    const e = createSimulator();
    await e.putRegistryScanningConfiguration({ scanType: 'ENHANCED' });
    await e.createRepository({ repositoryName: 'api' });
    await e.pushImage({ repositoryName: 'api', imageTag: 'v1', profile: { severityCounts: { HIGH: 2 } } });
    const ask = () => e.describeImageScanFindings({ repositoryName: 'api', imageId: { imageTag: 'v1' } });
    expect((await ask()).imageScanStatus).toEqual({
      status: 'PENDING',
      description: 'Pending start of the image scan.',
    });
    e.clock.tick('60s');
    const first = await ask();
    expect(first.imageScanStatus?.status).toBe('ACTIVE');
    expect(first.imageScanFindings?.enhancedFindings).toHaveLength(2);
    e.clock.tick('10d');
    const later = await ask();
    expect(later.imageScanFindings?.enhancedFindings?.length).toBeGreaterThan(2);
    e.clock.tick('5d');
    expect((await ask()).imageScanStatus?.status).toBe('SCAN_ELIGIBILITY_EXPIRED');
  });
});
