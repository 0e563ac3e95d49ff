import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  DescribeImageScanFindingsCommand,
  type ECRClient,
  ScanNotFoundException,
  StartImageScanCommand,
  ValidationException,
} from '@aws-sdk/client-ecr';
import { afterEach, describe, expect, it } from 'vitest';
import { applyFixtures } from './fixtures/load-fixtures.js';
import { parseFixtures } from './fixtures/parse-fixtures.js';
import type { RunningServer } from './glossary.js';
import { startServer } from './start-server.js';
import { control, ecrClient, tick } from './test-support/helpers.js';

const FIXTURES = fileURLToPath(new URL('../../../docs/examples/enhanced-fixtures.json', import.meta.url));

let server: RunningServer | undefined;
let ecr: ECRClient | undefined;
afterEach(async () => {
  ecr?.destroy();
  await server?.close();
  server = undefined;
  ecr = undefined;
});

async function start() {
  server = await startServer({
    port: 0,
    clock: 'fake',
    simulator: { seed: 7, enhanced: { rescanDuration: 'DAYS_14' } },
  });
  ecr = ecrClient(server.url);
  await applyFixtures(
    server.simulator,
    parseFixtures(JSON.parse(readFileSync(FIXTURES, 'utf8'))),
    server.clock,
  );
  return { server, ecr };
}
const describeImage = (client: ECRClient, repositoryName: string, imageTag: string) =>
  client.send(
    new DescribeImageScanFindingsCommand({ repositoryName, imageId: { imageTag }, maxResults: 1000 }),
  );

describe('ENHANCED scanning over HTTP, from the enhanced fixtures', () => {
  it('E2, E6, E10, E3: ACTIVE for the continuous repository, COMPLETE for scan on push, expired and unscanned images', async () => {
    const { ecr } = await start();
    const prod = await describeImage(ecr, 'team/prod-api', 'latest');
    expect(prod.imageScanStatus?.status).toBe('ACTIVE');
    const counts = prod.imageScanFindings?.findingSeverityCounts as Record<string, number>;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(
      prod.imageScanFindings?.enhancedFindings?.length,
    );
    expect(counts.UNTRIAGED).toBe(2);
    expect((await describeImage(ecr, 'team/prod-api', '1.0.0')).imageScanStatus?.status).toBe(
      'SCAN_ELIGIBILITY_EXPIRED',
    );
    const ci = await describeImage(ecr, 'ci-builds', 'pr-42');
    expect(ci.imageScanStatus?.status).toBe('COMPLETE');
    expect(
      ci.imageScanFindings?.enhancedFindings?.[0]?.resources?.[0]?.details?.awsEcrContainerImage?.platform,
    ).toBe('ALPINE_LINUX_3_20');
    expect((await describeImage(ecr, 'ci-builds', 'fresh')).imageScanStatus?.status).toBe('PENDING');
    await expect(describeImage(ecr, 'scratch', 'tmp')).rejects.toBeInstanceOf(ScanNotFoundException);
    const refused = await ecr
      .send(new StartImageScanCommand({ repositoryName: 'scratch', imageId: { imageTag: 'tmp' } }))
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationException);
  });

  it('E10, E16, E34: the control API moves the clock: continuous findings grow, then expire; events are listed', async () => {
    const { ecr, server } = await start();
    const before = await describeImage(ecr, 'team/prod-api', 'latest');
    await tick(server.url, '10d');
    const later = await describeImage(ecr, 'team/prod-api', 'latest');
    expect(later.imageScanStatus?.status).toBe('ACTIVE');
    expect(later.imageScanFindings?.enhancedFindings?.length).toBeGreaterThan(
      before.imageScanFindings?.enhancedFindings?.length ?? 0,
    );
    await tick(server.url, '2d');
    expect((await describeImage(ecr, 'team/prod-api', 'latest')).imageScanStatus?.status).toBe(
      'SCAN_ELIGIBILITY_EXPIRED',
    );
    const { json } = await control(server.url, 'GET', '/_sim/events');
    const types = new Set((json['events'] as Array<{ 'detail-type': string }>).map((e) => e['detail-type']));
    expect([...types].sort()).toEqual(['ECR Scan Resource Change', 'Inspector2 Finding', 'Inspector2 Scan']);
  });
});
