import type { EnhancedImageScanFinding } from '@ecr-scan-sim/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import type { ImageProfile, SimulatorOptions } from '../glossary.js';
import { expectEcrError } from '../test-support/fixtures.js';

const NUM_RUNS = Number(process.env['NUM_RUNS'] ?? 20);
const FROZEN = { feed: { newFindingsPer30Days: {} } };

async function scanned(
  profile: ImageProfile,
  frequency: 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN' = 'SCAN_ON_PUSH',
  options: Omit<SimulatorOptions, 'clock'> = {},
) {
  const sim = createSimulator({ seed: 42, ...options });
  await sim.createRepository({ repositoryName: 'app' });
  await sim.putRegistryScanningConfiguration({
    scanType: 'ENHANCED',
    rules: [{ scanFrequency: frequency, repositoryFilters: [{ filter: 'app', filterType: 'WILDCARD' }] }],
  });
  const { imageDigest } = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1', profile });
  sim.clock.tick('60s');
  const ask = (more: { maxResults?: number; nextToken?: string } = {}) =>
    sim.describeImageScanFindings({ repositoryName: 'app', imageId: { imageDigest }, ...more });
  return { sim, imageDigest, ask };
}

async function allPages(ask: Awaited<ReturnType<typeof scanned>>['ask'], maxResults?: number) {
  const out: EnhancedImageScanFinding[] = [];
  let nextToken: string | undefined;
  do {
    const page = await ask({
      ...(maxResults === undefined ? {} : { maxResults }),
      ...(nextToken ? { nextToken } : {}),
    });
    out.push(...(page.imageScanFindings?.enhancedFindings ?? []));
    expect(page.imageScanFindings?.findings).toEqual([]);
    nextToken = page.nextToken;
  } while (nextToken);
  return out;
}

describe('enhanced findings (ECR shape)', () => {
  it('E19, E20, E21, E22, E23: the shape of one finding', async () => {
    const { ask, imageDigest } = await scanned({
      os: { name: 'debian', version: '12' },
      severityCounts: { HIGH: 1 },
    });
    const [f] = (await ask()).imageScanFindings?.enhancedFindings ?? [];
    expect(f?.findingArn).toMatch(/^arn:aws:inspector2:us-east-1:123456789012:finding\/[0-9a-f]{32}$/);
    expect(f?.title).toBe(
      `${f?.packageVulnerabilityDetails?.vulnerabilityId} - ${f?.packageVulnerabilityDetails?.vulnerablePackages?.map((p) => p.name).join(', ')}`,
    );
    expect(f).toMatchObject({
      type: 'PACKAGE_VULNERABILITY',
      status: 'ACTIVE',
      severity: 'HIGH',
      awsAccountId: '123456789012',
    });
    expect(f?.score).toBeGreaterThanOrEqual(7);
    expect(f?.score).toBeLessThan(9);
    expect(f?.scoreDetails?.cvss).toMatchObject({
      adjustments: [],
      score: f?.score,
      scoreSource: 'NVD',
      version: '3.1',
    });
    expect(f?.packageVulnerabilityDetails?.cvss?.[0]?.baseScore).toBe(f?.score);
    expect(['YES', 'NO', 'PARTIAL']).toContain(f?.fixAvailable);
    expect(['YES', 'NO']).toContain(f?.exploitAvailable);
    expect(f?.resources).toEqual([
      {
        details: {
          awsEcrContainerImage: expect.objectContaining({
            imageHash: imageDigest,
            imageTags: ['v1'],
            registry: '123456789012',
            repositoryName: 'app',
            platform: 'DEBIAN_12',
            pushedAt: new Date('2026-01-01T00:00:00Z'),
          }),
        },
        id: `arn:aws:ecr:us-east-1:123456789012:repository/app/${imageDigest}`,
        tags: {},
        type: 'AWS_ECR_CONTAINER_IMAGE',
      },
    ]);
  });

  it('E21: UNTRIAGED findings score 0 with cvss [] and no scoreDetails; INFORMATIONAL ones score in the LOW band', async () => {
    const { ask } = await scanned({ severityCounts: { UNTRIAGED: 3, INFORMATIONAL: 3 } });
    const findings = (await ask()).imageScanFindings?.enhancedFindings ?? [];
    for (const f of findings.filter((x) => x.severity === 'UNTRIAGED')) {
      expect(f.score).toBe(0);
      expect(f.packageVulnerabilityDetails?.cvss).toEqual([]);
      expect(f).not.toHaveProperty('scoreDetails');
    }
    for (const f of findings.filter((x) => x.severity === 'INFORMATIONAL')) {
      expect(f.score).toBeGreaterThan(0);
      expect(f.score).toBeLessThan(4);
    }
    expect((await ask()).imageScanFindings?.findingSeverityCounts).toEqual({
      INFORMATIONAL: 3,
      UNTRIAGED: 3,
    });
  });

  it('E22: fixedInVersion is NotAvailable without a fix and a version with one; remediation follows', async () => {
    const { ask } = await scanned({ severityCounts: { MEDIUM: 60 } });
    const findings = await allPages(ask);
    const fixes = new Set(findings.map((f) => f.fixAvailable));
    expect(fixes.has('YES') && fixes.has('NO')).toBe(true);
    for (const f of findings) {
      const fixed = f.packageVulnerabilityDetails?.vulnerablePackages?.map((p) => p.fixedInVersion) ?? [];
      if (f.fixAvailable === 'NO') {
        expect(fixed.every((v) => v === 'NotAvailable')).toBe(true);
        expect(f.remediation?.recommendation?.text).toBe('None Provided');
      }
      if (f.fixAvailable === 'YES') expect(fixed.every((v) => v !== 'NotAvailable')).toBe(true);
      if (f.fixAvailable === 'PARTIAL') expect(new Set(fixed.map((v) => v === 'NotAvailable')).size).toBe(2);
    }
  });

  it('E24: platform, packages and advisory source follow the OS profile', async () => {
    const cases = [
      [{ name: 'ubuntu', version: '22.04' }, 'UBUNTU_22_04', 'UBUNTU_CVE', /ubuntu/],
      [{ name: 'alpine', version: '3.20' }, 'ALPINE_LINUX_3_20', 'ALPINE_SEC_DB', /^r\d+$/],
      [{ name: 'amzn', version: '2023' }, 'AMAZON_LINUX_2023', 'AMAZON_CVE', /amzn2023/],
    ] as const;
    for (const [os, platform, source, release] of cases) {
      const { ask } = await scanned({ os, severityCounts: { LOW: 20 } });
      const findings = await allPages(ask);
      for (const f of findings) {
        expect(f.resources?.[0]?.details?.awsEcrContainerImage?.platform).toBe(platform);
        expect(f.packageVulnerabilityDetails?.source).toBe(source);
        for (const p of f.packageVulnerabilityDetails?.vulnerablePackages ?? []) {
          expect(p.release).toMatch(release);
          expect(p.packageManager).toBe('OS');
          if (os.name === 'amzn') expect(['X86_64', 'AARCH64']).toContain(p.arch);
          if (os.name === 'alpine') expect(['glibc', 'apt', 'rpm']).not.toContain(p.name);
        }
      }
    }
  });

  it("E24: each package's sourceLayerHash is one of the layers the image's manifest lists", async () => {
    const { sim, imageDigest, ask } = await scanned({ severityCounts: { HIGH: 10, LOW: 20 } });
    const layersOf = async (digest: string) => {
      const { images } = await sim.batchGetImage({
        repositoryName: 'app',
        imageIds: [{ imageDigest: digest }],
      });
      const manifest = JSON.parse(images?.[0]?.imageManifest ?? '{}') as { layers?: { digest: string }[] };
      return new Set((manifest.layers ?? []).map((l) => l.digest));
    };
    const hashes = async (page: Promise<Awaited<ReturnType<typeof ask>>>) =>
      ((await page).imageScanFindings?.enhancedFindings ?? []).flatMap((f) =>
        (f.packageVulnerabilityDetails?.vulnerablePackages ?? []).map((p) => p.sourceLayerHash),
      );
    const built = await layersOf(imageDigest);
    expect(built.size).toBeGreaterThan(0);
    for (const hash of await hashes(ask())) expect(built).toContain(hash);

    // A manifest pushed as text (as docker and the AWS CLI do): its own layer digests.
    const layer = `sha256:${'2'.repeat(64)}`;
    const text = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      config: {
        mediaType: 'application/vnd.docker.container.image.v1+json',
        size: 1469,
        digest: `sha256:${'1'.repeat(64)}`,
      },
      layers: [
        { mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: 2811478, digest: layer },
      ],
    });
    const pushed = await sim.putImage({ repositoryName: 'app', imageTag: 'v2', imageManifest: text });
    sim.clock.tick('60s');
    const digest = pushed.image?.imageId?.imageDigest ?? '';
    const found = await hashes(
      sim.describeImageScanFindings({ repositoryName: 'app', imageId: { imageDigest: digest } }),
    );
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found)).toEqual(new Set([layer]));
  });

  it('E14: the first scan shares CVE ids with the basic findings of the same image', async () => {
    const profile: ImageProfile = { severityCounts: { CRITICAL: 2, LOW: 3, UNDEFINED: 1 } };
    const basic = createSimulator({ seed: 42 });
    await basic.createRepository({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true } });
    const { imageDigest } = await basic.pushImage({ repositoryName: 'app', imageTag: 'v1', profile });
    basic.clock.tick('30s');
    const basicIds = (
      await basic.describeImageScanFindings({ repositoryName: 'app', imageId: { imageDigest } })
    ).imageScanFindings?.findings?.map((f) => f.name);
    const { ask } = await scanned(profile);
    const enhanced = (await ask()).imageScanFindings;
    expect(enhanced?.enhancedFindings?.map((f) => f.packageVulnerabilityDetails?.vulnerabilityId)).toEqual(
      basicIds,
    );
    expect(enhanced?.findingSeverityCounts).toEqual({ CRITICAL: 2, LOW: 3, UNTRIAGED: 1 });
  });

  it('E26, E27: pages tile the list, every page carries the whole image counts; stable ARNs across calls', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 250 }),
        async (pageSize, high) => {
          const { ask } = await scanned({ severityCounts: { HIGH: high, UNTRIAGED: 2 } });
          const one = await allPages(ask, 1000);
          expect(await allPages(ask, pageSize)).toEqual(one);
          expect(one).toHaveLength(high + 2);
          expect(new Set(one.map((f) => f.findingArn)).size).toBe(one.length);
          const first = await ask({ maxResults: pageSize });
          expect(first.imageScanFindings?.findingSeverityCounts).toEqual({ HIGH: high, UNTRIAGED: 2 });
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('E27: a token of another image or of the basic scan type is InvalidParameterException', async () => {
    const { sim, ask } = await scanned({ severityCounts: { LOW: 5 } });
    const token = (await ask({ maxResults: 2 })).nextToken as string;
    const other = await sim.pushImage({ repositoryName: 'app', seedText: 'other' });
    await expectEcrError(
      sim.describeImageScanFindings({
        repositoryName: 'app',
        imageId: { imageDigest: other.imageDigest },
        nextToken: token,
      }),
      'InvalidParameterException',
    );
    const basic = createSimulator({ seed: 42 });
    await basic.createRepository({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true } });
    const pushed = await basic.pushImage({
      repositoryName: 'app',
      imageTag: 'v1',
      profile: { severityCounts: { LOW: 5 } },
    });
    basic.clock.tick('60s');
    const basicToken = (
      await basic.describeImageScanFindings({
        repositoryName: 'app',
        imageId: { imageDigest: pushed.imageDigest },
        maxResults: 2,
      })
    ).nextToken as string;
    await expectEcrError(ask({ nextToken: basicToken }), 'InvalidParameterException');
  });

  it('E28: exact enhancedFindings are returned as given, counts tallied from them', async () => {
    const given: EnhancedImageScanFinding[] = [
      {
        severity: 'CRITICAL',
        title: 'CVE-2024-0001 - zlib',
        packageVulnerabilityDetails: { vulnerabilityId: 'CVE-2024-0001' },
      },
      { severity: 'UNTRIAGED', packageVulnerabilityDetails: { vulnerabilityId: 'CVE-2024-0002' } },
    ];
    const { ask } = await scanned({ enhancedFindings: given });
    const page = await ask();
    expect(page.imageScanFindings?.enhancedFindings).toEqual(given);
    expect(page.imageScanFindings?.findingSeverityCounts).toEqual({ CRITICAL: 1, UNTRIAGED: 1 });
  });

  it('E38: the same seed and calls give deep-equal answers', async () => {
    const a = await scanned({}, 'CONTINUOUS_SCAN');
    const b = await scanned({}, 'CONTINUOUS_SCAN');
    a.sim.clock.tick('40d');
    b.sim.clock.tick('40d');
    expect(await allPages(a.ask, 7)).toEqual(await allPages(b.ask, 7));
  });

  it('E15: a SCAN_ON_PUSH image never changes, even with a busy feed', async () => {
    const busy = { feed: { newFindingsPer30Days: { CRITICAL: 30 } } };
    const { sim, ask } = await scanned({ severityCounts: { LOW: 1 } }, 'SCAN_ON_PUSH', { enhanced: busy });
    const first = await ask();
    sim.clock.tick('365d');
    expect(await ask()).toEqual(first);
  });

  it('frozen feed: newFindingsPer30Days {} keeps a continuous image at its first scan', async () => {
    const { sim, ask } = await scanned({ severityCounts: { LOW: 1 } }, 'CONTINUOUS_SCAN', {
      enhanced: { ...FROZEN, rescanDuration: 'LIFETIME' },
    });
    sim.clock.tick('90d');
    expect((await ask()).imageScanFindings?.findingSeverityCounts).toEqual({ LOW: 1 });
  });
});
