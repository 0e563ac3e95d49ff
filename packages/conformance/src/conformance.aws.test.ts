import { randomBytes } from 'node:crypto';
import { ECRClient } from '@aws-sdk/client-ecr';
import { EcrScanClient } from '@ecr-scan-sim/client';
import { DEFAULT_ACCOUNT_ID } from '@ecr-scan-sim/model';
import { createSimulator, FakeClock } from '@ecr-scan-sim/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalImage, uploadBlobs } from './aws/aws-blobs.js';
import { AWS_STEPS } from './aws/aws-scenario.js';
import { capture, type Outcome } from './system/outcome.js';

const enabled = process.env['ECR_CONFORMANCE_TARGET'] === 'aws';
if (!enabled) {
  console.info(
    '[ecr-scan-sim] real-AWS conformance skipped: set ECR_CONFORMANCE_TARGET=aws with AWS credentials and AWS_REGION in the environment to run it (see docs/conformance.md).',
  );
}

/** Real messages name the real account: swap it for the simulator's so texts compare. */
function comparable(outcome: Outcome, accountId: string, project?: (output: unknown) => unknown): unknown {
  if (outcome.ok) return { ok: true, value: project ? project(outcome.value) : 'ok' };
  return {
    ok: false,
    name: outcome.error.name,
    message: outcome.error.message.replaceAll(accountId, DEFAULT_ACCOUNT_ID),
  };
}

describe.skipIf(!enabled)('conformance against real ECR (ECR_CONFORMANCE_TARGET=aws)', () => {
  const repositoryName = `ecr-scan-sim-test-${randomBytes(4).toString('hex')}`;
  const client = new ECRClient({ maxAttempts: 1 });
  const aws = new EcrScanClient(client);
  const sim = createSimulator({ clock: new FakeClock() });
  let accountId = '';

  beforeAll(async () => {
    const created = await aws.createRepository({ repositoryName });
    accountId = created.repository?.registryId ?? '';
    // the account's registry scanning configuration decides scan on push: give the simulator the same one
    const { scanningConfiguration } = await aws.getRegistryScanningConfiguration({});
    await sim.putRegistryScanningConfiguration({
      scanType: scanningConfiguration?.scanType ?? 'BASIC',
      rules: scanningConfiguration?.rules ?? [],
    });
    await sim.createRepository({ repositoryName });
  }, 60_000);

  afterAll(async () => {
    await aws.deleteRepository({ repositoryName, force: true });
    client.destroy();
  }, 60_000);

  it('answers every clock-free step like the simulator (exception names and texts, statuses)', async () => {
    const image = minimalImage(repositoryName);
    for (const step of AWS_STEPS) {
      if (step.name === 'push') {
        await uploadBlobs(client, repositoryName, image.blobs);
        const pushed = await aws.putImage({ repositoryName, imageManifest: image.manifest, imageTag: 'v1' });
        await sim.putImage({ repositoryName, imageManifest: image.manifest, imageTag: 'v1' });
        expect(pushed.image?.imageId?.imageDigest, 'PutImage digest').toBe(image.digest);
        continue;
      }
      const real = await capture(() => step.run(aws, repositoryName, image.digest));
      const simulated = await capture(() => step.run(sim, repositoryName, image.digest));
      expect(comparable(simulated, accountId, step.project), step.name).toEqual(
        comparable(real, accountId, step.project),
      );
    }
  }, 300_000);
});
