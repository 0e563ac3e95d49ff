import {
  CreateRepositoryCommand,
  DescribeImageScanFindingsCommand,
  type DescribeImageScanFindingsCommandOutput,
  ECRClient,
  type EnhancedImageScanFinding,
  GetRegistryScanningConfigurationCommand,
  PutImageCommand,
  PutRegistryScanningConfigurationCommand,
} from '@aws-sdk/client-ecr';
import {
  DisableCommand,
  EnableCommand,
  type Finding,
  Inspector2Client,
  ListCoverageCommand,
  paginateListFindings,
  UpdateConfigurationCommand,
} from '@aws-sdk/client-inspector2';
import { createSimulator, FakeClock, manifests } from '@ecr-scan-sim/simulator';
import { describe, expect, it } from 'vitest';
import { credentials } from '../test-support/sdk.js';
import { createSimulatorHandler } from './smithy-http-handler.js';

const DAY = 86_400_000;

function setup() {
  const clock = new FakeClock('2026-03-01T00:00:00Z');
  // The option says 30 days; Inspector's UpdateConfiguration must win (D24, rule S35).
  const sim = createSimulator({ clock, seed: 16, enhanced: { rescanDuration: 'DAYS_30' } });
  const requestHandler = createSimulatorHandler(sim);
  const config = { region: 'us-east-1', credentials, requestHandler, maxAttempts: 1 };
  return { clock, inspector: new Inspector2Client(config), ecr: new ECRClient(config) };
}

const ecrView = (f: EnhancedImageScanFinding) => ({
  arn: f.findingArn,
  id: f.packageVulnerabilityDetails?.vulnerabilityId,
  severity: f.severity,
  packages: f.packageVulnerabilityDetails?.vulnerablePackages,
  times: [f.firstObservedAt, f.lastObservedAt, f.updatedAt].map((d) => d?.toISOString()),
});
const inspectorView = (f: Finding) => ({
  arn: f.findingArn,
  id: f.packageVulnerabilityDetails?.vulnerabilityId,
  severity: f.severity,
  packages: f.packageVulnerabilityDetails?.vulnerablePackages,
  times: [f.firstObservedAt, f.lastObservedAt, f.updatedAt].map((d) => d?.toISOString()),
});

describe('ECRClient and Inspector2Client agree (issue 16, done-when)', () => {
  it('S1, S33, S34, S35: Enable, push, CONTINUOUS_SCAN rule, DAYS_14 through Inspector, 15 days later SCAN_ELIGIBILITY_EXPIRED', async () => {
    const { clock, inspector, ecr } = setup();
    await inspector.send(new EnableCommand({ resourceTypes: ['ECR'] }));
    expect(
      (await ecr.send(new GetRegistryScanningConfigurationCommand({}))).scanningConfiguration?.scanType,
    ).toBe('ENHANCED');
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'app' }));
    const pushed = await ecr.send(
      new PutImageCommand({
        repositoryName: 'app',
        imageTag: 'v1',
        imageManifest: manifests.image({ seedText: 'v1' }),
      }),
    );
    const imageDigest = pushed.image?.imageId?.imageDigest as string;
    await ecr.send(
      new PutRegistryScanningConfigurationCommand({
        scanType: 'ENHANCED',
        rules: [
          {
            scanFrequency: 'CONTINUOUS_SCAN',
            repositoryFilters: [{ filter: 'app', filterType: 'WILDCARD' }],
          },
        ],
      }),
    );
    await inspector.send(new UpdateConfigurationCommand({ ecrConfiguration: { rescanDuration: 'DAYS_14' } }));

    const describe = (): Promise<DescribeImageScanFindingsCommandOutput> =>
      ecr.send(
        new DescribeImageScanFindingsCommand({
          repositoryName: 'app',
          imageId: { imageDigest },
          maxResults: 1000,
        }),
      );
    const listed = async () => {
      const out: Finding[] = [];
      const filterCriteria = { ecrImageHash: [{ comparison: 'EQUALS' as const, value: imageDigest }] };
      for await (const page of paginateListFindings({ client: inspector, pageSize: 50 }, { filterCriteria }))
        out.push(...(page.findings ?? []));
      return out;
    };
    const coverage = async () =>
      (await inspector.send(new ListCoverageCommand({}))).coveredResources?.find((c) =>
        c.resourceId?.endsWith(imageDigest),
      );

    expect((await describe()).imageScanStatus?.status).toBe('PENDING');
    expect((await coverage())?.scanStatus).toEqual({ statusCode: 'ACTIVE', reason: 'PENDING_INITIAL_SCAN' });
    expect(await listed()).toEqual([]);

    clock.tick(60_000);
    const active = await describe();
    expect(active.imageScanStatus?.status).toBe('ACTIVE');
    const first = active.imageScanFindings?.enhancedFindings ?? [];
    expect(first.length).toBeGreaterThan(0);
    expect((await listed()).map(inspectorView)).toEqual(first.map(ecrView));
    const covered = await coverage();
    expect(covered?.scanStatus).toEqual({ statusCode: 'ACTIVE', reason: 'SUCCESSFUL' });
    expect(covered?.lastScannedAt).toEqual(active.imageScanFindings?.imageScanCompletedAt);

    // 14 days after the push: still eligible (the duration counts from the push date, D24).
    clock.tick(14 * DAY - 60_000);
    expect((await describe()).imageScanStatus?.status).toBe('ACTIVE');
    clock.tick(DAY);
    const expired = await describe();
    expect(expired.imageScanStatus?.status).toBe('SCAN_ELIGIBILITY_EXPIRED');
    expect((await coverage())?.scanStatus).toEqual({
      statusCode: 'INACTIVE',
      reason: 'SCAN_ELIGIBILITY_EXPIRED',
    });
    // Findings as last seen, in both services.
    expect((await listed()).map(inspectorView)).toEqual(
      (expired.imageScanFindings?.enhancedFindings ?? []).map(ecrView),
    );

    await inspector.send(new DisableCommand({ resourceTypes: ['ECR'] }));
    expect(
      (await ecr.send(new GetRegistryScanningConfigurationCommand({}))).scanningConfiguration?.scanType,
    ).toBe('BASIC');
    expect(await listed()).toEqual([]);
  });
});
