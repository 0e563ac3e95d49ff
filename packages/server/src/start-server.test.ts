import {
  CreateRepositoryCommand,
  DescribeImageScanFindingsCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  type ECRClient,
  ImageNotFoundException,
  InvalidParameterException,
  LimitExceededException,
  PutImageCommand,
  paginateDescribeRepositories,
  RepositoryNotFoundException,
  ScanNotFoundException,
  ServerException,
  StartImageScanCommand,
  UnsupportedImageTypeException,
  waitUntilImageScanComplete,
} from '@aws-sdk/client-ecr';
import { manifests } from '@ecr-scan-sim/simulator';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer, ServerOptions } from './glossary.js';
import { startServer } from './start-server.js';
import { control, ecrClient, tick } from './test-support/helpers.js';

let server: RunningServer | undefined;
let ecr: ECRClient | undefined;

async function start(options: ServerOptions = {}): Promise<{ server: RunningServer; ecr: ECRClient }> {
  server = await startServer({ port: 0, clock: 'fake', ...options });
  ecr = ecrClient(server.url);
  return { server, ecr };
}

afterEach(async () => {
  ecr?.destroy();
  await server?.close();
  server = undefined;
  ecr = undefined;
});

async function pushed(client: ECRClient, repositoryName: string, imageTag: string, scanOnPush = false) {
  await client
    .send(new CreateRepositoryCommand({ repositoryName, imageScanningConfiguration: { scanOnPush } }))
    .catch((error: Error) => {
      if (error.name !== 'RepositoryAlreadyExistsException') throw error;
    });
  const imageManifest = manifests.image({ seedText: `${repositoryName}:${imageTag}` });
  const out = await client.send(new PutImageCommand({ repositoryName, imageTag, imageManifest }));
  return out.image?.imageId?.imageDigest ?? '';
}

describe('startServer with the real ECRClient over HTTP', () => {
  it('L2: a scan is IN_PROGRESS until a control-API tick of 30 s, then COMPLETE', async () => {
    const { ecr, server } = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const imageDigest = await pushed(ecr, 'web', '1.0');
    const started = await ecr.send(
      new StartImageScanCommand({ repositoryName: 'web', imageId: { imageTag: '1.0' } }),
    );
    expect(started.imageScanStatus?.status).toBe('IN_PROGRESS');
    expect(started.imageId?.imageDigest).toBe(imageDigest);
    const during = await ecr.send(
      new DescribeImageScanFindingsCommand({ repositoryName: 'web', imageId: { imageDigest } }),
    );
    expect(during.imageScanStatus?.status).toBe('IN_PROGRESS');
    await tick(server.url, '30s');
    const after = await ecr.send(
      new DescribeImageScanFindingsCommand({ repositoryName: 'web', imageId: { imageDigest } }),
    );
    expect(after.imageScanStatus).toEqual({
      status: 'COMPLETE',
      description: 'The scan was completed successfully.',
    });
    expect(after.imageScanFindings?.imageScanCompletedAt).toBeInstanceOf(Date);
  });

  it('Q1: a second scan of the image within 24 h is LimitExceededException; after a 24 h tick it is accepted', async () => {
    const { ecr, server } = await start();
    await pushed(ecr, 'web', '1.0');
    const scan = new StartImageScanCommand({ repositoryName: 'web', imageId: { imageTag: '1.0' } });
    await ecr.send(scan);
    await tick(server.url, '23h');
    const refused = await ecr.send(scan).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LimitExceededException);
    expect((refused as Error).message).toBe(
      'The scan quota per image has been exceeded. Wait and try again.',
    );
    await tick(server.url, '1h');
    expect((await ecr.send(scan)).imageScanStatus?.status).toBe('IN_PROGRESS');
  });

  it('Q6: with accountScanLimit 2 (Q4) the third StartImageScan of the day answers LIMIT_EXCEEDED', async () => {
    const { ecr } = await start({ simulator: { quotas: { accountScanLimit: 2 } } });
    for (const tag of ['a', 'b', 'c']) await pushed(ecr, 'web', tag);
    const scan = (imageTag: string) =>
      ecr.send(new StartImageScanCommand({ repositoryName: 'web', imageId: { imageTag } }));
    expect((await scan('a')).imageScanStatus?.status).toBe('IN_PROGRESS');
    expect((await scan('b')).imageScanStatus?.status).toBe('IN_PROGRESS');
    expect((await scan('c')).imageScanStatus?.status).toBe('LIMIT_EXCEEDED');
  });

  it('Q5: a push scan while the account window is full records LIMIT_EXCEEDED', async () => {
    const { ecr } = await start({ simulator: { quotas: { accountScanLimit: 1 } } });
    await pushed(ecr, 'web', 'first', true);
    const imageDigest = await pushed(ecr, 'web', 'second', true);
    const out = await ecr.send(
      new DescribeImageScanFindingsCommand({ repositoryName: 'web', imageId: { imageDigest } }),
    );
    expect(out.imageScanStatus?.status).toBe('LIMIT_EXCEEDED');
  });

  it('L3: waitUntilImageScanComplete succeeds after a control-API tick (fake clock)', async () => {
    const { ecr, server } = await start();
    await pushed(ecr, 'web', '1.0', true);
    await tick(server.url, '60s');
    const result = await waitUntilImageScanComplete(
      { client: ecr, maxWaitTime: 30, minDelay: 1, maxDelay: 1 },
      { repositoryName: 'web', imageId: { imageTag: '1.0' } },
    );
    expect(result.state).toBe('SUCCESS');
  });

  it('L3: waitUntilImageScanComplete succeeds on the wall clock with a short scan duration', async () => {
    const { ecr } = await start({ clock: 'wall', simulator: { scanDurationMs: 300 } });
    await pushed(ecr, 'web', '1.0', true);
    const result = await waitUntilImageScanComplete(
      { client: ecr, maxWaitTime: 20, minDelay: 1, maxDelay: 1 },
      { repositoryName: 'web', imageId: { imageTag: '1.0' } },
    );
    expect(result.state).toBe('SUCCESS');
  });

  it('P2: DescribeRepositories pages with maxResults and nextToken until the paginator ends', async () => {
    const { ecr } = await start();
    const names = Array.from({ length: 7 }, (_, i) => `repo-${i}`);
    for (const repositoryName of names) await ecr.send(new CreateRepositoryCommand({ repositoryName }));
    const pages: string[][] = [];
    for await (const page of paginateDescribeRepositories({ client: ecr, pageSize: 3 }, {})) {
      pages.push((page.repositories ?? []).map((r) => r.repositoryName ?? ''));
    }
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat().sort()).toEqual(names);
  });

  it('W1: surfaces each modelled error as its SDK exception class', async () => {
    const { ecr, server } = await start();
    const missingRepo = await ecr
      .send(new DescribeImagesCommand({ repositoryName: 'ghost' }))
      .catch((error: unknown) => error);
    expect(missingRepo).toBeInstanceOf(RepositoryNotFoundException);
    await pushed(ecr, 'web', '1.0');
    const missingImage = await ecr
      .send(new StartImageScanCommand({ repositoryName: 'web', imageId: { imageTag: 'nope' } }))
      .catch((error: unknown) => error);
    expect(missingImage).toBeInstanceOf(ImageNotFoundException);
    const noScan = await ecr
      .send(new DescribeImageScanFindingsCommand({ repositoryName: 'web', imageId: { imageTag: '1.0' } }))
      .catch((error: unknown) => error);
    expect(noScan).toBeInstanceOf(ScanNotFoundException);
    const badPage = await ecr
      .send(new DescribeImagesCommand({ repositoryName: 'web', imageIds: [{ imageDigest: 'sha256:xyz' }] }))
      .catch((error: unknown) => error);
    expect(badPage).toBeInstanceOf(InvalidParameterException);
    const index = manifests.index([`sha256:${'a'.repeat(64)}`]);
    await ecr.send(
      new PutImageCommand({
        repositoryName: 'web',
        imageTag: 'multi',
        imageManifest: index,
        imageManifestMediaType: 'application/vnd.oci.image.index.v1+json',
      }),
    );
    const unsupported = await ecr
      .send(new StartImageScanCommand({ repositoryName: 'web', imageId: { imageTag: 'multi' } }))
      .catch((error: unknown) => error);
    expect(unsupported).toBeInstanceOf(UnsupportedImageTypeException);
    expect(
      (
        await control(server.url, 'POST', '/_sim/faults', {
          error: 'ServerException',
          operation: 'DescribeImages',
        })
      ).status,
    ).toBe(200);
    const fault = await ecr
      .send(new DescribeImagesCommand({ repositoryName: 'web' }))
      .catch((error: unknown) => error);
    expect(fault).toBeInstanceOf(ServerException);
    expect((fault as ServerException).$metadata.httpStatusCode).toBe(500);
  });

  it('G1: a client signing for another region reaches that region’s own registry', async () => {
    const { ecr, server } = await start();
    const eu = ecrClient(server.url, 1, 'eu-west-1');
    try {
      const created = await eu.send(new CreateRepositoryCommand({ repositoryName: 'only-in-eu' }));
      expect(created.repository?.repositoryArn).toContain(':eu-west-1:');
      const home = await ecr.send(new DescribeRepositoriesCommand({}));
      expect(home.repositories ?? []).toEqual([]);
    } finally {
      eu.destroy();
    }
  });
});
