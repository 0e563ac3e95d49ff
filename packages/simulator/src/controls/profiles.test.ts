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

  it('E28: refuses impossible enhanced profiles with a TypeError naming the field, and changes nothing', async () => {
    const sim = await simWithRepo();
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    const ref = { repositoryName: 'app', imageTag: 'v1' };
    const before = sim.snapshot();
    const bad: Array<[unknown, RegExp]> = [
      [{ severityCounts: { SEVERE: 1 } }, /severityCounts\.SEVERE is not a severity/],
      [{ severityCounts: { UNTRIAGED: -1 } }, /severityCounts\.UNTRIAGED must be an integer/],
      [{ severityCounts: { HIGH: 1.5 } }, /severityCounts\.HIGH must be an integer/],
      [
        {
          enhancedFindings: [
            { severity: 'SEVERE', packageVulnerabilityDetails: { vulnerabilityId: 'CVE-1' } },
          ],
        },
        /enhancedFindings\[0\]\.severity/,
      ],
      [
        { enhancedFindings: [{ severity: 'HIGH' }] },
        /enhancedFindings\[0\]\.packageVulnerabilityDetails\.vulnerabilityId/,
      ],
      [{ enhancedFindings: {} }, /enhancedFindings must be an array/],
    ];
    for (const [profile, message] of bad) {
      expect(() => sim.setImageProfile(ref, profile as never), String(message)).toThrow(message);
    }
    expect(sim.snapshot()).toEqual(before);
    sim.setImageProfile(ref, { severityCounts: { UNTRIAGED: 2, HIGH: 0 } });
  });
});
