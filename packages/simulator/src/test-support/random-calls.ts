/** Random call sequences over every operation, valid and invalid, for the X1 / determinism properties. */
import { isEcrError, type OperationName, VALIDATION_SPECS } from '@ecr-scan-sim/model';
import fc from 'fast-check';
import type { EcrSimulator } from '../glossary.js';
import { manifestDigest } from '../internal/digest.js';
import { manifests } from '../manifests.js';

export type Step =
  | { kind: 'tick'; ms: number }
  | { kind: 'call'; operation: OperationName; input: Record<string, unknown>; region: string };

const MANIFESTS = [
  manifests.image({ seedText: 's1' }),
  manifests.image({ seedText: 's2' }),
  manifests.image({ seedText: 's3' }),
  manifests.artifact('application/x-sig'),
  manifests.index([manifestDigest(manifests.image({ seedText: 's1' }))]),
];
const repo = fc.constantFrom('app', 'other', 'missing');
const tag = fc.constantFrom('v1', 'v2', 'v3');
const digest = fc.constantFrom(...MANIFESTS.map(manifestDigest), `sha256:${'0'.repeat(64)}`);
const imageId = fc.oneof(
  tag.map((imageTag) => ({ imageTag })),
  digest.map((imageDigest) => ({ imageDigest })),
  fc.record({ imageDigest: digest, imageTag: tag }),
);
const maybeRegistry = fc.option(fc.constantFrom('123456789012', '999999999999'), { nil: undefined, freq: 4 });
const withRegistry = (input: Record<string, unknown>, registryId: string | undefined) =>
  registryId === undefined ? input : { ...input, registryId };

const arn = fc.constantFrom(
  'arn:aws:ecr:us-east-1:123456789012:repository/app',
  'arn:aws:ecr:eu-west-1:123456789012:repository/other',
  'arn:aws:ecr:us-east-1:999999999999:repository/app',
  'not-an-arn',
);
const tags = fc.array(
  fc.record({
    Key: fc.constantFrom('team', 'env', 'aws:owner', 'k1', 'k2'),
    Value: fc.constantFrom('a', ''),
  }),
  { maxLength: 3 },
);
const manyTags = fc
  .integer({ min: 45, max: 55 })
  .map((n) => Array.from({ length: n }, (_, i) => ({ Key: `t${i}`, Value: 'v' })));
const policy = fc.constantFrom(
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage' }],
  }),
  JSON.stringify({
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:CreateRepository', Resource: '*' }],
  }),
  '{"Statement":[{"Effect":"Allow"}]}',
  'not json',
);
const lifecycle = fc.constantFrom(
  JSON.stringify({
    rules: [
      {
        rulePriority: 1,
        selection: { tagStatus: 'untagged', countType: 'imageCountMoreThan', countNumber: 1 },
        action: { type: 'expire' },
      },
    ],
  }),
  JSON.stringify({
    rules: [{ rulePriority: 1, selection: { tagStatus: 'x' }, action: { type: 'expire' } }],
    pad: 'x'.repeat(60),
  }),
);

const inputFor: Record<OperationName, fc.Arbitrary<Record<string, unknown>>> = {
  ListImages: fc.record(
    {
      repositoryName: repo,
      maxResults: fc.integer({ min: 1, max: 3 }),
      filter: fc.record({ tagStatus: fc.constantFrom('TAGGED', 'UNTAGGED', 'ANY') }),
    },
    { requiredKeys: ['repositoryName'] },
  ),
  BatchGetImage: fc.record({
    repositoryName: repo,
    imageIds: fc.array(imageId, { minLength: 1, maxLength: 2 }),
  }),
  PutImageTagMutability: fc.record({
    repositoryName: repo,
    imageTagMutability: fc.constantFrom('MUTABLE', 'IMMUTABLE'),
  }),
  TagResource: fc.record({ resourceArn: arn, tags: fc.oneof(tags, manyTags) }),
  UntagResource: fc.record({
    resourceArn: arn,
    tagKeys: fc.array(fc.constantFrom('team', 'env', 'k1'), { maxLength: 2 }),
  }),
  ListTagsForResource: fc.record({ resourceArn: arn }),
  SetRepositoryPolicy: fc.record({ repositoryName: repo, policyText: policy }),
  GetRepositoryPolicy: fc.record({ repositoryName: repo }),
  DeleteRepositoryPolicy: fc.record({ repositoryName: repo }),
  PutLifecyclePolicy: fc.record({ repositoryName: repo, lifecyclePolicyText: lifecycle }),
  GetLifecyclePolicy: fc.record({ repositoryName: repo }),
  DeleteLifecyclePolicy: fc.record({ repositoryName: repo }),
  GetAuthorizationToken: fc.constant({}),
  DescribeRegistry: fc.constant({}),
  PutRegistryPolicy: fc.record({ policyText: policy }),
  GetRegistryPolicy: fc.constant({}),
  DeleteRegistryPolicy: fc.constant({}),
  CreateRepository: fc.record(
    {
      repositoryName: repo,
      imageScanningConfiguration: fc.record({ scanOnPush: fc.boolean() }),
      imageTagMutability: fc.constantFrom('MUTABLE', 'IMMUTABLE'),
      tags: fc.oneof(tags, manyTags),
    },
    { requiredKeys: ['repositoryName', 'imageScanningConfiguration', 'imageTagMutability'] },
  ),
  DeleteRepository: fc.record({ repositoryName: repo, force: fc.boolean() }),
  DescribeRepositories: fc.oneof(
    fc.constant({}),
    fc.record({ repositoryNames: fc.array(repo, { minLength: 1, maxLength: 2 }) }),
  ),
  PutImage: fc.record(
    {
      repositoryName: repo,
      imageManifest: fc.constantFrom(...MANIFESTS, '{"schemaVersion":1}'),
      imageTag: tag,
    },
    { requiredKeys: ['repositoryName', 'imageManifest'] },
  ),
  BatchDeleteImage: fc.record({
    repositoryName: repo,
    imageIds: fc.array(imageId, { minLength: 1, maxLength: 2 }),
  }),
  StartImageScan: fc.record({ repositoryName: repo, imageId }),
  DescribeImageScanFindings: fc.record(
    {
      repositoryName: repo,
      imageId,
      maxResults: fc.integer({ min: 1, max: 20 }),
      nextToken: fc.constant('bogus'),
    },
    { requiredKeys: ['repositoryName', 'imageId'] },
  ),
  DescribeImages: fc.record(
    {
      repositoryName: repo,
      filter: fc.record({ tagStatus: fc.constantFrom('TAGGED', 'UNTAGGED', 'ANY') }),
      imageIds: fc.array(imageId, { minLength: 1, maxLength: 2 }),
    },
    { requiredKeys: ['repositoryName'] },
  ),
  PutImageScanningConfiguration: fc.record({
    repositoryName: repo,
    imageScanningConfiguration: fc.record({ scanOnPush: fc.boolean() }),
  }),
  PutRegistryScanningConfiguration: fc.record({
    scanType: fc.constantFrom('BASIC', 'BASIC', 'ENHANCED'),
    rules: fc.constantFrom(
      [],
      [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'o*', filterType: 'WILDCARD' }] }],
      [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'pp', filterType: 'WILDCARD' }] }],
      [{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [{ filter: 'app', filterType: 'WILDCARD' }] }],
      [{ scanFrequency: 'MANUAL', repositoryFilters: [{ filter: '*', filterType: 'WILDCARD' }] }],
    ),
  }),
  BatchGetRepositoryScanningConfiguration: fc.record({
    repositoryNames: fc.array(repo, { minLength: 1, maxLength: 3 }),
  }),
  GetAccountSetting: fc.record({ name: fc.constantFrom('BASIC_SCAN_TYPE_VERSION', 'BLOB_MOUNTING') }),
  PutAccountSetting: fc.record({
    name: fc.constantFrom('BASIC_SCAN_TYPE_VERSION', 'BASIC_SCAN_TYPE_VERSION', 'BLOB_MOUNTING'),
    value: fc.constantFrom('AWS_NATIVE', 'CLAIR', 'SOMETHING'),
  }),
  GetRegistryScanningConfiguration: fc.constant({}),
  UpdateImageStorageClass: fc.record({
    repositoryName: repo,
    imageId,
    targetStorageClass: fc.constantFrom('ARCHIVE', 'STANDARD'),
  }),
};

const call: fc.Arbitrary<Step> = fc
  .constantFrom(...(Object.keys(inputFor) as OperationName[]))
  .chain((operation) =>
    fc.record({
      kind: fc.constant('call' as const),
      operation: fc.constant(operation),
      input: fc
        .tuple(inputFor[operation], maybeRegistry)
        .map(([input, registryId]) =>
          'registryId' in VALIDATION_SPECS[operation].members ? withRegistry(input, registryId) : input,
        ),
      region: fc.constantFrom('us-east-1', 'us-east-1', 'eu-west-1'),
    }),
  );

/** Steps: mostly calls, some clock ticks (up to a few hours). */
export const steps = (maxLength: number): fc.Arbitrary<Step[]> =>
  fc.array(
    fc.oneof(
      { weight: 5, arbitrary: call },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('tick' as const),
          ms: fc.integer({ min: 0, max: 4 * 3_600_000 }),
        }),
      },
    ),
    { maxLength },
  );

/** Runs a step; returns the output or the error as plain data (for comparisons). */
export async function runStep(
  sim: EcrSimulator<{ now(): number; tick(ms: number): number }>,
  step: Step,
): Promise<unknown> {
  if (step.kind === 'tick') return sim.clock.tick(step.ms);
  return sim.call(step.operation, structuredClone(step.input), { region: step.region }).then(
    (output) => ({ ok: output }),
    (error: unknown) => ({ error: isEcrError(error) ? error.toJSON() : String(error) }),
  );
}

/** A starting state with repositories, images, scans and one archived image. */
export async function seedState(sim: EcrSimulator): Promise<void> {
  await sim.createRepository({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true } });
  for (const [i, manifest] of MANIFESTS.slice(0, 3).entries()) {
    await sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageTag: `v${i + 1}` });
  }
  await sim.updateImageStorageClass({
    repositoryName: 'app',
    imageId: { imageTag: 'v3' },
    targetStorageClass: 'ARCHIVE',
  });
}
