import { createSimulator, FakeClock } from '@ecr-scan-sim/simulator';
import { describe, expect, it } from 'vitest';
import { cveIds, enhancedGate } from './enhanced-gate.js';

/** The recipe's setup: an ENHANCED registry, `prod*` continuous, `ci-*` on push, on a fake clock. */
async function setUp() {
  const clock = new FakeClock();
  const sim = createSimulator({ clock, seed: 1 });
  await sim.putRegistryScanningConfiguration({
    scanType: 'ENHANCED',
    rules: [
      { scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [{ filter: 'prod*', filterType: 'WILDCARD' }] },
      { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'ci-*', filterType: 'WILDCARD' }] },
    ],
  });
  for (const repositoryName of ['prod-api', 'ci-builds', 'sandbox'])
    await sim.createRepository({ repositoryName });
  const timing = { sleep: async (ms: number) => void clock.tick(ms), now: () => clock.now() };
  return { sim, clock, timing };
}
const ref = (repositoryName: string, imageTag: string) => ({ repositoryName, imageId: { imageTag } });

describe('the gate of docs/recipes/testing-enhanced-findings.md', () => {
  it('E6, E33: passes an image without fixable CRITICAL findings, after PENDING', async () => {
    const { sim, timing } = await setUp();
    await sim.pushImage({
      repositoryName: 'ci-builds',
      imageTag: 'pr-1',
      profile: { severityCounts: { HIGH: 2, UNTRIAGED: 1 } },
    });
    expect(await enhancedGate(sim, ref('ci-builds', 'pr-1'), timing)).toEqual({
      pass: true,
      reason: '3 findings, none fixable CRITICAL',
    });
  });

  it('E28: fails on an exact CRITICAL finding with a fix', async () => {
    const { sim, timing } = await setUp();
    await sim.pushImage({
      repositoryName: 'ci-builds',
      imageTag: 'pr-2',
      profile: {
        enhancedFindings: [
          {
            severity: 'CRITICAL',
            title: 'CVE-2024-6119 - libssl3t64, openssl',
            fixAvailable: 'YES',
            packageVulnerabilityDetails: { vulnerabilityId: 'CVE-2024-6119' },
          },
        ],
      },
    });
    expect(await enhancedGate(sim, ref('ci-builds', 'pr-2'), timing)).toEqual({
      pass: false,
      reason: 'fixable CRITICAL: CVE-2024-6119 - libssl3t64, openssl',
    });
  });

  it('E16: a new CRITICAL CVE appears in a running (continuously scanned) image days later', async () => {
    const { sim, clock, timing } = await setUp();
    // No CRITICAL at push; the feed brings new CRITICAL advisories (about one a month, here four a month).
    const fast = createSimulator({
      clock,
      seed: 1,
      enhanced: { feed: { newFindingsPer30Days: { CRITICAL: 4 } }, rescanDuration: 'DAYS_90' },
      snapshot: sim.snapshot(),
    });
    await fast.pushImage({
      repositoryName: 'prod-api',
      imageTag: 'live',
      profile: { severityCounts: { LOW: 1 } },
    });
    const before = await enhancedGate(fast, ref('prod-api', 'live'), timing);
    expect(before.pass).toBe(true);
    const idsBefore = await cveIds(fast, ref('prod-api', 'live'));
    clock.tick('30d');
    const after = await fast.describeImageScanFindings({
      repositoryName: 'prod-api',
      imageId: { imageTag: 'live' },
    });
    expect(after.imageScanFindings?.findingSeverityCounts?.CRITICAL).toBe(4);
    const idsAfter = await cveIds(fast, ref('prod-api', 'live'));
    expect(idsAfter).toEqual(expect.arrayContaining(idsBefore));
    expect(idsAfter.length).toBe(idsBefore.length + 4);
  });

  it('E3: an image of a repository no rule scans never settles', async () => {
    const { sim, timing } = await setUp();
    await sim.pushImage({ repositoryName: 'sandbox', imageTag: 'x' });
    await expect(enhancedGate(sim, ref('sandbox', 'x'), { ...timing, deadlineMs: 120_000 })).rejects.toThrow(
      /did not settle/,
    );
  });
});
