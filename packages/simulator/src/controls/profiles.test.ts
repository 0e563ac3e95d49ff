import { describe, expect, it } from 'vitest';
import { simWithRepo } from '../test-support/fixtures.js';

describe('setImageProfile / pushImage', () => {
  it('F1: a profile set after the push decides the outcome when the scan is read', async () => {
    const sim = await simWithRepo({}, true);
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    sim.setImageProfile({ repositoryName: 'app', imageTag: 'v1' }, { severityCounts: { CRITICAL: 4 } });
    sim.clock.tick('30s');
    const done = await sim.describeImageScanFindings({ repositoryName: 'app', imageId: { imageTag: 'v1' } });
    expect(done.imageScanFindings?.findingSeverityCounts).toEqual({ CRITICAL: 4 });
  });

  it('refuses an unknown image or a malformed profile with a TypeError', async () => {
    const sim = await simWithRepo();
    expect(() => sim.setImageProfile({ repositoryName: 'app', imageTag: 'nope' }, {})).toThrow(
      /Push it first/,
    );
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    const ref = { repositoryName: 'app', imageTag: 'v1' };
    expect(() => sim.setImageProfile(ref, { outcome: 'MAYBE' as 'FAILED' })).toThrow(TypeError);
    expect(() => sim.setImageProfile(ref, { scanDurationMs: -1 })).toThrow(TypeError);
  });

  it('X1: pushImage with a malformed profile pushes nothing', async () => {
    const sim = await simWithRepo();
    const before = sim.snapshot();
    await expect(
      sim.pushImage({ repositoryName: 'app', profile: { outcome: 'NO' as 'FAILED' } }),
    ).rejects.toThrow(TypeError);
    expect(sim.snapshot()).toEqual(before);
  });

  it('pushImage makes distinct deterministic manifests and returns the digest', async () => {
    const sim = await simWithRepo();
    const a = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    const b = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    expect(a.imageDigest).not.toBe(b.imageDigest);
    const again = await simWithRepo();
    expect((await again.pushImage({ repositoryName: 'app', imageTag: 'v1' })).imageDigest).toBe(
      a.imageDigest,
    );
  });
});
