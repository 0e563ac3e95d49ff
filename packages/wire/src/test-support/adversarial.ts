import { OperationName, TARGET_PREFIX } from '@ecr-scan-sim/model';
import { manifests } from '@ecr-scan-sim/simulator';
import fc from 'fast-check';
import type { EcrWireRequest } from '../glossary.js';

/** Keys that have broken JavaScript parsers and mergers before. */
const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', ''];

/** ECR member names, so random bodies often reach validation rather than stopping at "unknown member". */
const MEMBERS = [
  'repositoryName',
  'registryId',
  'imageId',
  'imageIds',
  'imageDigest',
  'imageTag',
  'imageManifest',
  'imageManifestMediaType',
  'maxResults',
  'nextToken',
  'filter',
  'tagStatus',
  'imageScanningConfiguration',
  'scanOnPush',
  'force',
  'scanType',
  'rules',
  'targetStorageClass',
  'repositoryNames',
  'resourceArn',
  'tags',
  'tagKeys',
  'Key',
  'Value',
  'policyText',
  'lifecyclePolicyText',
  'registryIds',
  'acceptedMediaTypes',
  'imageTagMutability',
  'imageTagMutabilityExclusionFilters',
];

const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...MEMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_KEYS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
);

const scalar = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('app', 'v1', 'sha256:' + 'a'.repeat(64), 'TAGGED', 'ANY', 'ARCHIVE', '123456789012', ''),
  fc.integer(),
  fc.constantFrom(0, -1, 1001, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308, -0, 0.5),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

/** JSON values whose objects use ECR member names and hostile keys. */
export const adversarialJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** Inputs that are often valid against the fuzz simulator (repositories `app` and `empty`, tags `v1`, `v2`). */
const plausibleInput = fc.record(
  {
    repositoryName: fc.constantFrom('app', 'empty', 'new-repo', 'APP'),
    imageId: fc.oneof(
      fc.constantFrom('v1', 'v2', 'nope').map((imageTag) => ({ imageTag })),
      fc.constant({ imageDigest: `sha256:${'b'.repeat(64)}` }),
    ),
    imageIds: fc.constant([{ imageTag: 'v1' }]),
    maxResults: fc.integer({ min: 0, max: 3 }),
    imageTag: fc.constantFrom('v3', 'v1'),
    imageManifest: fc.nat(3).map((n) => manifests.image({ seedText: `fuzz${n}` })),
    imageScanningConfiguration: fc.record({ scanOnPush: fc.boolean() }),
    force: fc.boolean(),
    targetStorageClass: fc.constantFrom('ARCHIVE', 'STANDARD'),
    resourceArn: fc.constantFrom(
      'arn:aws:ecr:us-east-1:123456789012:repository/app',
      'arn:aws:ecr:us-east-1:999999999999:repository/app',
      'arn',
    ),
    tags: fc.constantFrom([{ Key: 'team', Value: 'a' }], [{ Key: 'aws:x', Value: '' }], [{ Key: '' }]),
    tagKeys: fc.constant(['team']),
    policyText: fc.constantFrom(
      '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr:CreateRepository"}]}',
      '{"Statement":[]}',
      '',
    ),
    lifecyclePolicyText: fc.constantFrom(
      '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}}]}',
      `{"rules":[${' '.repeat(100)}]}`,
    ),
    imageTagMutability: fc.constantFrom('IMMUTABLE', 'MUTABLE', 'IMMUTABLE_WITH_EXCLUSION'),
  },
  { requiredKeys: ['repositoryName'] },
);

/** A body: mostly JSON text (as JSON.stringify writes it, own `__proto__` keys included), sometimes garbage. */
const body: fc.Arbitrary<string | Uint8Array | undefined> = fc.oneof(
  { weight: 6, arbitrary: plausibleInput.map((o) => JSON.stringify(o)) },
  { weight: 6, arbitrary: fc.dictionary(key, adversarialJson, { maxKeys: 6 }).map((o) => JSON.stringify(o)) },
  { weight: 2, arbitrary: adversarialJson.map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.nat({ max: 5_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)) },
  { weight: 1, arbitrary: fc.nat({ max: 200_000 }).map((n) => `{"repositoryName":"${'a'.repeat(n)}"}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{"__proto__":{"polluted":true},"repositoryName":"app"}',
      '{"constructor":{"prototype":{"polluted":true}},"repositoryName":"app"}',
      '{"repositoryName":"app","imageId":{"__proto__":{"imageTag":"v1"}}}',
      '{"repositoryName":"\\ud800"}',
      '\ufeff{}',
      '{}',
      'null',
    ),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const target = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...OperationName).map((op) => `${TARGET_PREFIX}.${op}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map((s) => `${TARGET_PREFIX}.${s}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

const contentType = fc.oneof(
  { weight: 16, arbitrary: fc.constant('application/x-amz-json-1.1') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'application/json',
      'APPLICATION/X-AMZ-JSON-1.1; charset=utf-8',
      'text/plain',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

const headers = fc
  .record({
    'content-type': fc.oneof(
      { weight: 9, arbitrary: contentType },
      { weight: 1, arbitrary: fc.constant(undefined) },
    ),
    'x-amz-target': fc.oneof(
      { weight: 9, arbitrary: target },
      { weight: 1, arbitrary: fc.constant(undefined) },
    ),
    host: fc.constantFrom(
      'api.ecr.us-east-1.amazonaws.com',
      'api.ecr.eu-west-1.amazonaws.com',
      'localhost:4510',
    ),
    authorization: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
  })
  .chain((base) =>
    fc
      .dictionary(
        fc.oneof(
          { weight: 1, arbitrary: fc.constantFrom(...NASTY_KEYS, 'X-Amz-Target', 'Content-Type') },
          { weight: 4, arbitrary: fc.string() },
        ),
        fc.string(),
        { maxKeys: 2 },
      )
      .map((extra) => ({ ...base, ...extra })),
  );

const randomRequest: fc.Arbitrary<EcrWireRequest> = fc.record({
  method: fc.oneof(
    { weight: 16, arbitrary: fc.constant('POST') },
    { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'post', 'OPTIONS', '') },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  ),
  url: fc.option(
    fc.constantFrom(
      'https://api.ecr.us-east-1.amazonaws.com/',
      'https://api.ecr.ap-south-2.amazonaws.com/',
      'http://localhost:4510/',
      '/',
      'not a url',
    ),
    { nil: undefined },
  ),
  headers,
  body,
});

/**
 * Requests that reach a rare layer on purpose (a tag key in the reserved `aws:` namespace), mixed in at a low
 * weight so the fuzz run's "every layer reached" check never depends on luck; the rest stays random.
 */
const layerSeeds: fc.Arbitrary<EcrWireRequest> = fc
  .constantFrom('TagResource', 'CreateRepository')
  .map((operation) => ({
    method: 'POST',
    url: 'https://api.ecr.us-east-1.amazonaws.com/',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `${TARGET_PREFIX}.${operation}`,
    },
    body: JSON.stringify({
      repositoryName: 'fuzz-tags',
      resourceArn: 'arn:aws:ecr:us-east-1:123456789012:repository/app',
      tags: [{ Key: 'aws:reserved', Value: 'x' }],
    }),
  }));

/** Random and adversarial HTTP requests: methods, hosts, headers, bodies. */
export const adversarialRequest: fc.Arbitrary<EcrWireRequest> = fc.oneof(
  { weight: 60, arbitrary: randomRequest },
  { weight: 1, arbitrary: layerSeeds },
);
