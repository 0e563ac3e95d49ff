import { describe, expect, it } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import type { Inspector2FindingEvent, Inspector2ScanEvent, ScanResourceChangeEvent } from '../glossary.js';

async function enhanced(frequency: 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN') {
  const sim = createSimulator({ seed: 1, enhanced: { rescanDuration: 'LIFETIME' } });
  await sim.createRepository({ repositoryName: 'web' });
  await sim.putRegistryScanningConfiguration({
    scanType: 'ENHANCED',
    rules: [{ scanFrequency: frequency, repositoryFilters: [{ filter: 'web', filterType: 'WILDCARD' }] }],
  });
  return sim;
}
const ofType = <T extends { 'detail-type': string }>(
  events: readonly { 'detail-type': string }[],
  type: string,
) => events.filter((e) => e['detail-type'] === type) as T[];

describe('enhanced events', () => {
  it('E34: one Inspector2 Scan per image when its first results are in, with CRITICAL/HIGH/MEDIUM/TOTAL', async () => {
    const sim = await enhanced('SCAN_ON_PUSH');
    const { imageDigest } = await sim.pushImage({
      repositoryName: 'web',
      imageTag: 'v1',
      profile: { severityCounts: { HIGH: 1, LOW: 3 } },
    });
    expect(ofType(sim.events, 'Inspector2 Scan')).toEqual([]);
    sim.clock.tick('60s');
    const arn = 'arn:aws:ecr:us-east-1:123456789012:repository/web';
    expect(ofType<Inspector2ScanEvent>(sim.events, 'Inspector2 Scan')).toEqual([
      {
        version: '0',
        'detail-type': 'Inspector2 Scan',
        source: 'aws.inspector2',
        account: '123456789012',
        region: 'us-east-1',
        time: '2026-01-01T00:01:00.000Z',
        resources: [arn],
        detail: {
          'scan-status': 'INITIAL_SCAN_COMPLETE',
          'repository-name': arn,
          'image-digest': imageDigest,
          'image-tags': ['v1'],
          'finding-severity-counts': { CRITICAL: 0, HIGH: 1, MEDIUM: 0, TOTAL: 4 },
          version: '1.0',
        },
      },
    ]);
    sim.clock.tick('30d');
    expect(ofType(sim.events, 'Inspector2 Scan')).toHaveLength(1);
    expect(ofType(sim.events, 'ECR Image Scan')).toEqual([]);
  });

  it('E35: one Inspector2 Finding per finding when first observed, in Inspector’s shape, including feed additions', async () => {
    const sim = await enhanced('CONTINUOUS_SCAN');
    const { imageDigest } = await sim.pushImage({
      repositoryName: 'web',
      profile: { severityCounts: { HIGH: 2 } },
    });
    sim.clock.tick('60s');
    const initial = ofType<Inspector2FindingEvent>(sim.events, 'Inspector2 Finding');
    expect(initial).toHaveLength(2);
    const [first] = initial;
    expect(first?.resources).toEqual([`arn:aws:ecr:us-east-1:123456789012:repository/web/${imageDigest}`]);
    expect(first?.detail).toMatchObject({
      severity: 'HIGH',
      status: 'ACTIVE',
      type: 'PACKAGE_VULNERABILITY',
    });
    expect(first?.detail).toHaveProperty('inspectorScore');
    expect(first?.detail).toHaveProperty('inspectorScoreDetails.adjustedCvss.cvssSource', 'NVD');
    expect(first?.detail).not.toHaveProperty('score');
    const resources = (first?.detail['resources'] ?? []) as Array<Record<string, unknown>>;
    expect(resources[0]).toMatchObject({
      partition: 'aws',
      region: 'us-east-1',
    });
    sim.clock.tick('30d');
    const later = ofType<Inspector2FindingEvent>(sim.events, 'Inspector2 Finding');
    const page = await sim.describeImageScanFindings({
      repositoryName: 'web',
      imageId: { imageDigest },
      maxResults: 1000,
    });
    expect(later.map((e) => e.detail['findingArn']).sort()).toEqual(
      (page.imageScanFindings?.enhancedFindings ?? []).map((f) => f.findingArn).sort(),
    );
    const times = sim.events.map((e) => Date.parse(e.time));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('E36: ECR Scan Resource Change when frequencies change under ENHANCED; none under BASIC', async () => {
    const sim = createSimulator();
    await sim.createRepository({ repositoryName: 'web' });
    await sim.createRepository({ repositoryName: 'db' });
    await sim.putRegistryScanningConfiguration({
      rules: [
        { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'web', filterType: 'WILDCARD' }] },
      ],
    });
    expect(ofType(sim.events, 'ECR Scan Resource Change')).toEqual([]);
    await sim.putRegistryScanningConfiguration({
      scanType: 'ENHANCED',
      rules: [
        { scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [{ filter: 'web', filterType: 'WILDCARD' }] },
      ],
    });
    const [change] = ofType<ScanResourceChangeEvent>(sim.events, 'ECR Scan Resource Change');
    expect(change?.detail).toEqual({
      'action-type': 'SCAN_FREQUENCY_CHANGE',
      repositories: [
        {
          'repository-name': 'web',
          'repository-arn': 'arn:aws:ecr:us-east-1:123456789012:repository/web',
          'scan-frequency': 'CONTINUOUS_SCAN',
          // Under BASIC no repository is enhanced-scanned: the previous enhanced frequency is MANUAL.
          'previous-scan-frequency': 'MANUAL',
        },
      ],
      'resource-type': 'REPOSITORY',
      'scan-type': 'ENHANCED',
    });
    expect(change?.resources).toEqual([]);
    await sim.createRepository({ repositoryName: 'web2' });
    expect(ofType(sim.events, 'ECR Scan Resource Change')).toHaveLength(2);
  });

  it('L8, E34: events of a deleted image are kept; a snapshot keeps the resource changes', async () => {
    const sim = await enhanced('SCAN_ON_PUSH');
    const { imageDigest } = await sim.pushImage({
      repositoryName: 'web',
      profile: { severityCounts: { LOW: 1 } },
    });
    sim.clock.tick('60s');
    const before = sim.events;
    await sim.batchDeleteImage({ repositoryName: 'web', imageIds: [{ imageDigest }] });
    expect(sim.events).toEqual(before);
    expect(createSimulator({ snapshot: sim.snapshot() }).events).toEqual(before);
  });
});
