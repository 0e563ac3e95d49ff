import { describe, expect, it } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import { expectEcrError, simWithRepo } from '../test-support/fixtures.js';

describe('snapshot / reset', () => {
  it('has the glossary format and version and is plain JSON', async () => {
    const sim = await simWithRepo({}, true);
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1', profile: { severityCounts: { LOW: 2 } } });
    const snapshot = sim.snapshot();
    expect(snapshot.format).toBe('ecr-scan-sim/snapshot');
    expect(snapshot.version).toBe(1);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('resumes exactly: windows, scans, profiles and the clock carry over', async () => {
    const sim = await simWithRepo({ seed: 'x', quotas: { accountScanLimit: 2 } }, true);
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1', profile: { severityCounts: { LOW: 2 } } });
    sim.clock.tick('10s');
    const restored = createSimulator({ snapshot: sim.snapshot() });
    // The calls log is not part of the snapshot.
    expect(restored.calls).toEqual([]);
    expect(restored.clock.now()).toBe(sim.clock.now());
    expect(restored.options.seed).toBe('x');
    restored.clock.tick('20s');
    const done = await restored.describeImageScanFindings({
      repositoryName: 'app',
      imageId: { imageTag: 'v1' },
    });
    expect(done.imageScanFindings?.findingSeverityCounts).toEqual({ LOW: 2 });
    await expectEcrError(
      restored.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'v1' } }),
      'LimitExceededException',
    );
  });

  it('options given next to a snapshot override its options', () => {
    const snapshot = createSimulator({ scanDurationMs: 5 }).snapshot();
    expect(createSimulator({ snapshot }).options.scanDurationMs).toBe(5);
    expect(createSimulator({ snapshot, scanDurationMs: 9 }).options.scanDurationMs).toBe(9);
  });

  it('refuses a malformed snapshot with a TypeError', () => {
    const good = createSimulator().snapshot();
    expect(() => createSimulator({ snapshot: { ...good, registries: 'nope' } })).toThrow(/invalid snapshot/);
    expect(() => createSimulator({ snapshot: { ...good, registries: [{ region: 1 }] } })).toThrow(TypeError);
  });

  it('reset() empties the state and the log, keeping options and clock', async () => {
    const sim = await simWithRepo({ scanDurationMs: 5 });
    sim.clock.tick('1h');
    sim.injectFault({ error: 'ServerException' });
    sim.reset();
    expect(sim.calls).toEqual([]);
    expect(sim.options.scanDurationMs).toBe(5);
    expect(sim.clock.now()).toBe(Date.parse('2026-01-01T01:00:00Z'));
    await expectEcrError(sim.describeImages({ repositoryName: 'app' }), 'RepositoryNotFoundException');
  });

  it('E38: an ENHANCED state resumes exactly (scans, feed, resource changes, exact enhanced findings with Dates)', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.createRepository({ repositoryName: 'app' });
    await sim.putRegistryScanningConfiguration({ scanType: 'ENHANCED' });
    const generated = await sim.pushImage({ repositoryName: 'app', seedText: 'gen' });
    const exact = await sim.pushImage({
      repositoryName: 'app',
      seedText: 'exact',
      profile: {
        enhancedFindings: [
          {
            severity: 'HIGH',
            firstObservedAt: new Date('2026-01-01T00:00:00Z'),
            packageVulnerabilityDetails: { vulnerabilityId: 'CVE-2025-1', vendorCreatedAt: new Date(0) },
          },
        ],
      },
    });
    sim.clock.tick('10d');
    const restored = createSimulator({ snapshot: JSON.parse(JSON.stringify(sim.snapshot())) });
    for (const imageDigest of [generated.imageDigest, exact.imageDigest]) {
      const input = { repositoryName: 'app', imageId: { imageDigest } };
      expect(await restored.describeImageScanFindings(input)).toEqual(
        await sim.describeImageScanFindings(input),
      );
    }
    expect(restored.events).toEqual(sim.events);
    restored.clock.tick('5d');
    sim.clock.tick('5d');
    const input = { repositoryName: 'app', imageId: { imageDigest: generated.imageDigest } };
    expect(await restored.describeImageScanFindings(input)).toEqual(
      await sim.describeImageScanFindings(input),
    );
  });

  it('E38: a snapshot from before enhanced scanning (no enhancedScans, resourceChanges, enhanced options) loads', async () => {
    const sim = await simWithRepo({}, true);
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    const old = JSON.parse(JSON.stringify(sim.snapshot()));
    delete old.resourceChanges;
    delete old.options.enhanced;
    const restored = createSimulator({ snapshot: old });
    expect(restored.options.enhanced.rescanDuration).toBe('DAYS_14');
    restored.clock.tick('30s');
    const done = await restored.describeImageScanFindings({
      repositoryName: 'app',
      imageId: { imageTag: 'v1' },
    });
    expect(done.imageScanStatus?.status).toBe('COMPLETE');
  });

  it('R2, R6, R11, R13, R16: tags, policies and manifest texts carry over a snapshot', async () => {
    const sim = await simWithRepo({ registryPolicyScope: 'V1' });
    const arn = 'arn:aws:ecr:us-east-1:123456789012:repository/app';
    const { imageManifest } = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    await sim.tagResource({ resourceArn: arn, tags: [{ Key: 'team', Value: 'core' }] });
    const policyText = JSON.stringify({
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:CreateRepository' }],
    });
    await sim.setRepositoryPolicy({ repositoryName: 'app', policyText });
    await sim.putRegistryPolicy({ policyText });
    const lifecyclePolicyText = JSON.stringify({
      rules: [
        {
          rulePriority: 1,
          selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 5 },
          action: { type: 'expire' },
        },
      ],
    });
    await sim.putLifecyclePolicy({ repositoryName: 'app', lifecyclePolicyText });
    const restored = createSimulator({ snapshot: sim.snapshot() });
    expect(restored.options.registryPolicyScope).toBe('V1');
    expect((await restored.listTagsForResource({ resourceArn: arn })).tags).toEqual([
      { Key: 'team', Value: 'core' },
    ]);
    expect((await restored.getRepositoryPolicy({ repositoryName: 'app' })).policyText).toBe(policyText);
    expect((await restored.getRegistryPolicy({})).policyText).toBe(policyText);
    expect((await restored.getLifecyclePolicy({ repositoryName: 'app' })).lifecyclePolicyText).toBe(
      lifecyclePolicyText,
    );
    const { images } = await restored.batchGetImage({
      repositoryName: 'app',
      imageIds: [{ imageTag: 'v1' }],
    });
    expect(images?.[0]?.imageManifest).toBe(imageManifest);
  });

  it('R2, R6: a snapshot made before tags, policies and manifest texts loads with none of them', async () => {
    const sim = await simWithRepo();
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    const old = JSON.parse(JSON.stringify(sim.snapshot()));
    delete old.options.registryPolicyScope;
    for (const registry of old.registries) {
      delete registry.policyText;
      for (const repo of registry.repositories) {
        delete repo.resourceTags;
        delete repo.policyText;
        delete repo.lifecyclePolicyText;
        for (const image of repo.images) delete image.manifest;
      }
    }
    const restored = createSimulator({ snapshot: old });
    expect(restored.options.registryPolicyScope).toBe('V2');
    const arn = 'arn:aws:ecr:us-east-1:123456789012:repository/app';
    expect((await restored.listTagsForResource({ resourceArn: arn })).tags).toEqual([]);
    await expectEcrError(
      restored.getRepositoryPolicy({ repositoryName: 'app' }),
      'RepositoryPolicyNotFoundException',
    );
    const { images } = await restored.batchGetImage({
      repositoryName: 'app',
      imageIds: [{ imageTag: 'v1' }],
    });
    expect(images?.[0]).not.toHaveProperty('imageManifest');
    expect(images?.[0]?.imageManifestMediaType).toBeDefined();
  });
});
