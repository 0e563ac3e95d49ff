import {
  CreateRepositoryCommand,
  DescribeImageScanFindingsCommand,
  DescribeImagesCommand,
  type ECRClient,
  PutImageCommand,
  StartImageScanCommand,
} from '@aws-sdk/client-ecr';
import type { OperationName } from '@ecr-scan-sim/model';
import { createSimulator, FakeClock, manifests, type SimulatorOptions } from '@ecr-scan-sim/simulator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordingClient } from '../test-support/sdk.js';

/** Sequences per run; NUM_RUNS scales it (default 40). */
const NUM_RUNS = Number(process.env['NUM_RUNS'] ?? 40);

const REPOS = ['app', 'web', 'db'];
const TAGS = ['v1', 'v2', 'latest'];
const MISSING_DIGEST = `sha256:${'0'.repeat(64)}`;

type Step =
  | { kind: 'call'; operation: OperationName; input: Record<string, unknown> }
  | { kind: 'tick'; ms: number };

const repo = fc.constantFrom(...REPOS, 'app', 'app', 'app');
const imageId = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('v1', 'v2', ...TAGS).map((imageTag) => ({ imageTag })) },
  { weight: 1, arbitrary: fc.constant({ imageDigest: MISSING_DIGEST }) },
);
const maxResults = fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined });

const put = (repositoryName: string, imageTag: string, seed: number): Step => ({
  kind: 'call',
  operation: 'PutImage',
  input: { repositoryName, imageTag, imageManifest: manifests.image({ seedText: `m${seed}` }) },
});

/** Every sequence starts from a repository `app` holding `v1` and `v2`, so most calls reach the operations. */
const prelude = fc.boolean().map((scanOnPush): Step[] => [
  {
    kind: 'call',
    operation: 'CreateRepository',
    input: { repositoryName: 'app', imageScanningConfiguration: { scanOnPush } },
  },
  put('app', 'v1', 0),
  put('app', 'v2', 1),
]);

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ r: repo, scanOnPush: fc.boolean() }).map(({ r, scanOnPush }) => ({
    kind: 'call' as const,
    operation: 'CreateRepository' as const,
    input: { repositoryName: r, imageScanningConfiguration: { scanOnPush } },
  })),
  fc
    .record({ r: repo, tag: fc.constantFrom(...TAGS), seed: fc.nat(3) })
    .map(({ r, tag, seed }) => put(r, tag, seed)),
  fc.record({ r: repo, id: imageId }).map(({ r, id }) => ({
    kind: 'call' as const,
    operation: 'StartImageScan' as const,
    input: { repositoryName: r, imageId: id },
  })),
  fc.record({ r: repo, id: imageId, max: maxResults }).map(({ r, id, max }) => ({
    kind: 'call' as const,
    operation: 'DescribeImageScanFindings' as const,
    input: { repositoryName: r, imageId: id, maxResults: max },
  })),
  fc.record({ r: repo, max: maxResults }).map(({ r, max }) => ({
    kind: 'call' as const,
    operation: 'DescribeImages' as const,
    input: { repositoryName: r, maxResults: max },
  })),
  fc.constantFrom(1, 250, 30_000, 30_000, 3_600_000, 86_400_000).map((ms) => ({ kind: 'tick' as const, ms })),
);

const COMMANDS = {
  CreateRepository: CreateRepositoryCommand,
  PutImage: PutImageCommand,
  StartImageScan: StartImageScanCommand,
  DescribeImageScanFindings: DescribeImageScanFindingsCommand,
  DescribeImages: DescribeImagesCommand,
} as const;

type Outcome = { ok: true; output: unknown } | { ok: false; name: unknown; message: unknown; fault: unknown };

const failure = (e: unknown): Outcome => {
  const error = e as { name?: unknown; message?: unknown; $fault?: unknown };
  return { ok: false, name: error.name, message: error.message, fault: error.$fault };
};

async function viaClient(
  client: ECRClient,
  operation: keyof typeof COMMANDS,
  input: object,
): Promise<Outcome> {
  const Command = COMMANDS[operation] as new (input: object) => Parameters<ECRClient['send']>[0];
  try {
    const { $metadata: _, ...output } = (await client.send(new Command(input))) as { $metadata: unknown };
    return { ok: true, output };
  } catch (e) {
    return failure(e);
  }
}

describe('round trip', () => {
  it('W1 W2: the simulator called directly and ECRClient over the wire on a twin give equal results', async () => {
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(prelude, fc.array(step, { minLength: 5, maxLength: 30 }), async (start, rest) => {
        const steps = [...start, ...rest];
        const options = (clock: FakeClock): SimulatorOptions => ({ clock, seed: 'twin' });
        const directClock = new FakeClock('2026-04-01T00:00:00Z');
        const wireClock = new FakeClock('2026-04-01T00:00:00Z');
        const direct = createSimulator(options(directClock));
        const twin = createSimulator(options(wireClock));
        const { client } = recordingClient(twin, { maxAttempts: 1 });
        for (const s of steps) {
          if (s.kind === 'tick') {
            directClock.tick(s.ms);
            wireClock.tick(s.ms);
            continue;
          }
          const expected: Outcome = await direct
            .call(s.operation, structuredClone(s.input))
            .then((output: unknown) => ({ ok: true, output }), failure);
          const actual = await viaClient(
            client,
            s.operation as keyof typeof COMMANDS,
            structuredClone(s.input),
          );
          expect(actual, `${s.operation} ${JSON.stringify(s.input)}`).toEqual(expected);
          const label = `${s.operation} ${actual.ok ? 'ok' : String(actual.name)}`;
          seen.set(label, (seen.get(label) ?? 0) + 1);
        }
        expect(twin.snapshot()).toEqual(direct.snapshot());
      }),
      { numRuns: NUM_RUNS },
    );
    if (NUM_RUNS >= 20) {
      // The sequences must reach the operations' outcomes, or equality proves little.
      for (const label of [
        'PutImage ok',
        'StartImageScan ok',
        'StartImageScan LimitExceededException',
        'DescribeImageScanFindings ok',
        'DescribeImageScanFindings ScanNotFoundException',
        'DescribeImages ok',
      ]) {
        expect(seen.get(label), label).toBeGreaterThan(0);
      }
    }
  });
});
