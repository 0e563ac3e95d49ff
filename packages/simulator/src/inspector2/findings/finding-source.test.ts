import type { EnhancedImageScanFinding, Inspector2 } from '@ecr-scan-sim/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../create-simulator.js';
import type { EcrSimulator, ImageProfile } from '../../glossary.js';

const NUM_RUNS = Number(process.env['NUM_RUNS'] ?? 25);

/** What the two renderings must agree on (rule S33), in one comparable form. */
function ofEcr(f: EnhancedImageScanFinding) {
  return {
    findingArn: f.findingArn,
    vulnerabilityId: f.packageVulnerabilityDetails?.vulnerabilityId,
    severity: f.severity,
    score: f.scoreDetails === undefined ? undefined : f.score,
    title: f.title,
    packages: f.packageVulnerabilityDetails?.vulnerablePackages,
    times: [f.firstObservedAt, f.lastObservedAt, f.updatedAt].map((d) => d?.getTime()),
    imageHash: f.resources?.[0]?.details?.awsEcrContainerImage?.imageHash,
  };
}
function ofInspector(f: Inspector2.Finding) {
  return {
    findingArn: f.findingArn,
    vulnerabilityId: f.packageVulnerabilityDetails?.vulnerabilityId,
    severity: f.severity,
    score: f.inspectorScore,
    title: f.title,
    packages: f.packageVulnerabilityDetails?.vulnerablePackages,
    times: [f.firstObservedAt, f.lastObservedAt, f.updatedAt].map((d) => d?.getTime()),
    imageHash: f.resources?.[0]?.details?.awsEcrContainerImage?.imageHash,
  };
}

async function ecrFindings(sim: EcrSimulator, repositoryName: string, imageDigest: string) {
  const out: EnhancedImageScanFinding[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sim.describeImageScanFindings({
      repositoryName,
      imageId: { imageDigest },
      maxResults: 1000,
      ...(nextToken ? { nextToken } : {}),
    });
    out.push(...(page.imageScanFindings?.enhancedFindings ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return out;
}

async function inspectorFindings(sim: EcrSimulator, imageDigest?: string) {
  const out: Inspector2.Finding[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sim.inspector2.listFindings({
      maxResults: 100,
      ...(imageDigest
        ? { filterCriteria: { ecrImageHash: [{ comparison: 'EQUALS', value: imageDigest }] } }
        : {}),
      ...(nextToken ? { nextToken } : {}),
    });
    out.push(...(page.findings ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return out;
}

async function enhanced(frequency: 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN', profile?: ImageProfile) {
  const sim = createSimulator({ seed: 7 });
  await sim.createRepository({ repositoryName: 'app' });
  await sim.createRepository({ repositoryName: 'other' });
  await sim.putRegistryScanningConfiguration({
    scanType: 'ENHANCED',
    rules: [{ scanFrequency: frequency, repositoryFilters: [{ filter: 'app', filterType: 'WILDCARD' }] }],
  });
  const a = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1', ...(profile ? { profile } : {}) });
  const b = await sim.pushImage({ repositoryName: 'app', imageTag: 'v2' });
  const manual = await sim.pushImage({ repositoryName: 'other', imageTag: 'v1' });
  return { sim, a: a.imageDigest, b: b.imageDigest, manual: manual.imageDigest };
}

describe('ListFindings over the enhanced findings', () => {
  it('S33: no findings before the first results, none for a BASIC registry or a MANUAL repository', async () => {
    const { sim, manual } = await enhanced('CONTINUOUS_SCAN');
    expect(await inspectorFindings(sim)).toEqual([]);
    sim.clock.tick('1m');
    expect((await inspectorFindings(sim)).length).toBeGreaterThan(0);
    expect(await inspectorFindings(sim, manual)).toEqual([]);
    await sim.putRegistryScanningConfiguration({ scanType: 'BASIC', rules: [] });
    expect(await inspectorFindings(sim)).toEqual([]);
  });

  it('S22, S33: ListFindings filtered by ecrImageHash equals ECR enhancedFindings (ARN, id, severity, score, packages, times)', async () => {
    const { sim, a, b } = await enhanced('CONTINUOUS_SCAN', {
      severityCounts: { CRITICAL: 2, HIGH: 3, UNTRIAGED: 1 },
    });
    for (const step of ['1m', '10d', '13d']) {
      sim.clock.tick(step);
      for (const digest of [a, b]) {
        const ecr = (await ecrFindings(sim, 'app', digest)).map(ofEcr);
        expect(ecr.length).toBeGreaterThan(0);
        expect((await inspectorFindings(sim, digest)).map(ofInspector)).toEqual(ecr);
      }
    }
    // The feed added findings over 24 days, and both services show them (D25).
    expect((await ecrFindings(sim, 'app', a)).length).toBeGreaterThan(6);
    // Push order, then the generator's order, without a filter.
    const all = await inspectorFindings(sim);
    const ecrAll = [...(await ecrFindings(sim, 'app', a)), ...(await ecrFindings(sim, 'app', b))];
    expect(all.map((f) => f.findingArn)).toEqual(ecrAll.map((f) => f.findingArn));
  });

  it('S33 (property): for any seed, frequency, profile, re-scan duration and moment, every image lists the same findings in both services', async () => {
    const DAY = 86_400_000;
    let compared = 0;
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.nat({ max: 10_000 }),
          frequency: fc.constantFrom('SCAN_ON_PUSH' as const, 'CONTINUOUS_SCAN' as const),
          counts: fc.option(
            fc.record({
              CRITICAL: fc.nat({ max: 3 }),
              HIGH: fc.nat({ max: 8 }),
              UNTRIAGED: fc.nat({ max: 2 }),
            }),
            { nil: undefined },
          ),
          rescan: fc.constantFrom('DAYS_3' as const, 'DAYS_14' as const, 'LIFETIME' as const),
          // Pushes (the second one some time after the first), then moments to look at.
          gapMs: fc.integer({ min: 0, max: 5 * DAY }),
          looks: fc.array(fc.integer({ min: 0, max: 20 * DAY }), { minLength: 1, maxLength: 3 }),
        }),
        async ({ seed, frequency, counts, rescan, gapMs, looks }) => {
          const sim = createSimulator({ seed });
          await sim.createRepository({ repositoryName: 'app' });
          await sim.inspector2.enable({ resourceTypes: ['ECR'] });
          await sim.putRegistryScanningConfiguration({
            scanType: 'ENHANCED',
            rules: [
              { scanFrequency: frequency, repositoryFilters: [{ filter: 'app', filterType: 'WILDCARD' }] },
            ],
          });
          await sim.inspector2.updateConfiguration({ ecrConfiguration: { rescanDuration: rescan } });
          const profile = counts ? { severityCounts: counts } : undefined;
          const digests = [
            (await sim.pushImage({ repositoryName: 'app', imageTag: 'a', ...(profile ? { profile } : {}) }))
              .imageDigest,
          ];
          sim.clock.tick(gapMs);
          digests.push((await sim.pushImage({ repositoryName: 'app', imageTag: 'b' })).imageDigest);
          let at = 0;
          for (const look of [...looks].sort((x, y) => x - y)) {
            sim.clock.tick(look - at);
            at = look;
            for (const digest of digests) {
              const ecr = (await ecrFindings(sim, 'app', digest)).map(ofEcr);
              expect((await inspectorFindings(sim, digest)).map(ofInspector)).toEqual(ecr);
              compared += 1;
              if (ecr.length > 0) nonEmpty += 1;
            }
          }
        },
      ),
      { numRuns: NUM_RUNS },
    );
    // Not vacuous: most comparisons are of lists with findings in them.
    expect(nonEmpty).toBeGreaterThan(compared / 2);
  });

  it('S33: an expired image keeps its findings as last seen in both services', async () => {
    const { sim, a } = await enhanced('CONTINUOUS_SCAN');
    sim.clock.tick('20d');
    const ecr = await sim.describeImageScanFindings({ repositoryName: 'app', imageId: { imageDigest: a } });
    expect(ecr.imageScanStatus?.status).toBe('SCAN_ELIGIBILITY_EXPIRED');
    expect((await inspectorFindings(sim, a)).map(ofInspector)).toEqual(
      (await ecrFindings(sim, 'app', a)).map(ofEcr),
    );
  });

  it('S21, S33: SCAN_ON_PUSH findings in Inspector’s shape, and the severity filter and sort apply', async () => {
    const { sim, a } = await enhanced('SCAN_ON_PUSH', { severityCounts: { HIGH: 2, UNTRIAGED: 1 } });
    sim.clock.tick('1m');
    const found = await inspectorFindings(sim, a);
    expect(found.map((f) => f.severity)).toEqual(['HIGH', 'HIGH', 'UNTRIAGED']);
    const [high, , untriaged] = found;
    expect(high).toMatchObject({
      inspectorScoreDetails: { adjustedCvss: { cvssSource: 'NVD', scoreSource: 'NVD', version: '3.1' } },
      resources: [{ partition: 'aws', region: 'us-east-1', type: 'AWS_ECR_CONTAINER_IMAGE' }],
      epss: { score: expect.any(Number) },
    });
    expect(high).not.toHaveProperty('score');
    expect(untriaged).not.toHaveProperty('inspectorScore');
    const highs = await sim.inspector2.listFindings({
      filterCriteria: {
        ecrImageHash: [{ comparison: 'EQUALS', value: a }],
        severity: [{ comparison: 'EQUALS', value: 'HIGH' }],
      },
      sortCriteria: { field: 'INSPECTOR_SCORE', sortOrder: 'ASC' },
    });
    expect(highs.findings?.map((f) => f.severity)).toEqual(['HIGH', 'HIGH']);
    sim.clock.tick('30d');
    expect((await inspectorFindings(sim, a)).map(ofInspector)).toEqual(found.map(ofInspector));
  });

  it('S33, E28: a profile’s exact enhancedFindings are listed as given, renamed to Inspector’s members', async () => {
    const given: EnhancedImageScanFinding = {
      findingArn: 'arn:aws:inspector2:us-east-1:123456789012:finding/0123456789abcdef0123456789abcdef',
      severity: 'CRITICAL',
      score: 9.8,
      scoreDetails: {
        cvss: { score: 9.8, scoreSource: 'NVD', version: '3.1', scoringVector: 'CVSS:3.1/AV:N' },
      },
      remediation: { recommendation: { text: 'Upgrade.', url: 'https://example.com/fix' } },
      packageVulnerabilityDetails: {
        vulnerabilityId: 'CVE-2099-0001',
        vulnerablePackages: [{ name: 'openssl', version: '3.0.0' }],
      },
      firstObservedAt: new Date('2026-01-01T00:01:00Z'),
      lastObservedAt: new Date('2026-01-01T00:01:00Z'),
      updatedAt: new Date('2026-01-01T00:01:00Z'),
      title: 'CVE-2099-0001 - openssl',
    };
    const { sim, a } = await enhanced('SCAN_ON_PUSH', { enhancedFindings: [given] });
    sim.clock.tick('1m');
    const [finding] = await inspectorFindings(sim, a);
    // The given item names no image: Inspector still places it on the image it was set on.
    expect(ofInspector(finding as Inspector2.Finding)).toEqual({ ...ofEcr(given), imageHash: a });
    expect(finding).toMatchObject({
      inspectorScore: 9.8,
      remediation: { recommendation: { text: 'Upgrade.', Url: 'https://example.com/fix' } },
      resources: [{ id: `arn:aws:ecr:us-east-1:123456789012:repository/app/${a}` }],
    });
  });

  it('S33, E35: the "Inspector2 Finding" events name the findings ListFindings lists (D30)', async () => {
    const { sim } = await enhanced('CONTINUOUS_SCAN');
    sim.clock.tick('20d');
    const events = sim.events.filter((e) => e['detail-type'] === 'Inspector2 Finding');
    const arns = (e: (typeof sim.events)[number]) => (e.detail as { findingArn?: string }).findingArn;
    expect(events.length).toBeGreaterThan(0);
    const listed = await inspectorFindings(sim);
    expect(new Set(events.map(arns))).toEqual(new Set(listed.map((f) => f.findingArn)));
    // One rendering: an event's detail is the listed finding as first observed, its Dates as ISO text.
    const byArn = new Map(listed.map((f) => [f.findingArn, f]));
    for (const event of events) {
      const finding = byArn.get(arns(event));
      const first = finding?.firstObservedAt?.toISOString();
      const expected = JSON.parse(JSON.stringify({ ...finding, lastObservedAt: first, updatedAt: first }));
      expect(event.detail).toEqual(expected);
    }
  });

  it('S29, S33: ListFindingAggregations per image counts what ECR shows for it; imageShas selects the image', async () => {
    const { sim, a, b } = await enhanced('SCAN_ON_PUSH', {
      severityCounts: { CRITICAL: 1, HIGH: 2, LOW: 3 },
    });
    sim.clock.tick('1m');
    const one = await sim.inspector2.listFindingAggregations({
      aggregationType: 'AWS_ECR_CONTAINER',
      aggregationRequest: { awsEcrContainerAggregation: { imageShas: [{ comparison: 'EQUALS', value: a }] } },
    });
    expect(one.responses?.map((r) => r.awsEcrContainerAggregation?.severityCounts)).toEqual([
      { all: 6, critical: 1, high: 2, medium: 0 },
    ]);
    const all = await sim.inspector2.listFindingAggregations({ aggregationType: 'AWS_ECR_CONTAINER' });
    const counts = (
      await sim.describeImageScanFindings({ repositoryName: 'app', imageId: { imageDigest: b } })
    ).imageScanFindings?.findingSeverityCounts as Record<string, number>;
    const entry = all.responses?.find((r) => r.awsEcrContainerAggregation?.imageSha === b);
    expect(entry?.awsEcrContainerAggregation?.severityCounts?.all).toBe(
      Object.values(counts).reduce((x, y) => x + y, 0),
    );
  });
});
