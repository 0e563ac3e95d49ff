/**
 * The scan scenario both transports run, in Node (`setupServer`) and in Chromium (`setupWorker`): the real
 * `ECRClient` against the simulator, from creating a repository to paging through findings.
 */
import {
  CreateRepositoryCommand,
  DescribeImageScanFindingsCommand,
  type ECRClient,
  LimitExceededException,
  PutImageCommand,
  paginateDescribeImageScanFindings,
  StartImageScanCommand,
} from '@aws-sdk/client-ecr';
import { ecrErrors, MEDIA_TYPES, statusDescriptions } from '@ecr-scan-sim/model';
import { type EcrSimulator, type FakeClock, manifests } from '@ecr-scan-sim/simulator';
import { expect } from 'vitest';

/** Fake static credentials: the SDK signs every request, and the simulator checks no signature. */
export const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' } as const;

const repositoryName = 'scan-scenario/web';
const severityCounts = { CRITICAL: 1, HIGH: 2, MEDIUM: 2 } as const;

/**
 * Runs the scenario. `client` must have `maxAttempts: 1`: LimitExceededException is a throttling error for the
 * SDK, which would otherwise retry it with back-off.
 */
export async function runScanScenario(client: ECRClient, sim: EcrSimulator<FakeClock>): Promise<void> {
  await client.send(
    new CreateRepositoryCommand({ repositoryName, imageScanningConfiguration: { scanOnPush: true } }),
  );
  const pushed = await client.send(
    new PutImageCommand({
      repositoryName,
      imageTag: 'v1',
      imageManifest: manifests.image({ seedText: 'scan-scenario' }),
      imageManifestMediaType: MEDIA_TYPES.dockerManifest,
    }),
  );
  const imageDigest = pushed.image?.imageId?.imageDigest;
  expect(imageDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
  sim.setImageProfile({ repositoryName, imageDigest }, { severityCounts });
  const imageId = { imageDigest };

  // L1/L2: the scan on push is IN_PROGRESS (no description) until 30 s of clock time have passed.
  const running = await client.send(new DescribeImageScanFindingsCommand({ repositoryName, imageId }));
  expect(running.imageScanStatus).toEqual({ status: 'IN_PROGRESS' });

  sim.clock.tick('30s');
  const done = await client.send(new DescribeImageScanFindingsCommand({ repositoryName, imageId }));
  expect(done.imageScanStatus).toEqual({ status: 'COMPLETE', description: statusDescriptions.complete() });
  expect(done.imageScanFindings?.findingSeverityCounts).toEqual(severityCounts);
  expect(done.imageScanFindings?.imageScanCompletedAt).toBeInstanceOf(Date);

  // Q1/Q2: the scan on push used the image's slot for 24 h; the typed exception class survives the transport.
  const refused = await client.send(new StartImageScanCommand({ repositoryName, imageId })).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(refused).toBeInstanceOf(LimitExceededException);
  expect((refused as LimitExceededException).message).toBe(ecrErrors.scanQuotaPerImage().message);
  expect((refused as LimitExceededException).$metadata.httpStatusCode).toBe(400);

  // P2: the SDK paginator walks every page and stops at the last (no nextToken).
  const pages = [];
  for await (const page of paginateDescribeImageScanFindings(
    { client, pageSize: 2 },
    { repositoryName, imageId },
  )) {
    pages.push(page);
  }
  const findings = pages.flatMap((page) => page.imageScanFindings?.findings ?? []);
  expect(pages).toHaveLength(3);
  expect(findings).toHaveLength(5);
  expect(new Set(findings.map((finding) => finding.name)).size).toBe(5);
  expect(pages.at(-1)?.nextToken).toBeUndefined();
}
