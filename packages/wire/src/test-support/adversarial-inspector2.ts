import { INSPECTOR2_HTTP_BINDINGS, Inspector2OperationName } from '@ecr-scan-sim/model';
import fc from 'fast-check';
import type { WireRequest } from '../glossary.js';
import { adversarialJson } from './adversarial.js';

/** Inspector2 member names, so random bodies often reach validation and the query engine. */
const MEMBERS = [
  'resourceTypes',
  'accountIds',
  'maxResults',
  'nextToken',
  'filterCriteria',
  'sortCriteria',
  'aggregationType',
  'aggregationRequest',
  'ecrConfiguration',
  'rescanDuration',
  'severity',
  'ecrImageTags',
  'comparison',
  'value',
  '__proto__',
  'constructor',
];

const stringFilter = fc.record({
  comparison: fc.constantFrom('EQUALS', 'PREFIX', 'NOT_EQUALS', 'CONTAINS'),
  value: fc.constantFrom('app', 'v1', 'HIGH', '', 'ACTIVE', 'AWS_ECR_CONTAINER_IMAGE'),
});

/** Inputs that are often valid: real filter keys, comparisons, enums and ranges around the limits. */
const plausible = fc.record(
  {
    resourceTypes: fc.array(fc.constantFrom('ECR', 'EC2', 'LAMBDA', 'S3'), { maxLength: 3 }),
    accountIds: fc.constantFrom(['123456789012'], ['210987654321'], ['bad']),
    maxResults: fc.integer({ min: -1, max: 250 }),
    nextToken: fc.constantFrom('', 'garbage', 'eyJxIjoiMDAwMDAwMDAiLCJvIjoxLCJjIjoiMCJ9'),
    filterCriteria: fc.dictionary(
      fc.constantFrom(
        'severity',
        'ecrImageTags',
        'resourceType',
        'ecrRepositoryName',
        'scanStatusCode',
        'severities',
      ),
      fc.array(stringFilter, { maxLength: 3 }),
      { maxKeys: 2 },
    ),
    sortCriteria: fc.record({
      field: fc.constantFrom('SEVERITY', 'INSPECTOR_SCORE', 'NOPE'),
      sortOrder: fc.constantFrom('ASC', 'DESC'),
    }),
    aggregationType: fc.constantFrom('REPOSITORY', 'AWS_ECR_CONTAINER', 'AMI', 'NOPE'),
    aggregationRequest: fc.constantFrom(
      {},
      { repositoryAggregation: {} },
      { awsEcrContainerAggregation: { sortBy: 'HIGH' } },
    ),
    ecrConfiguration: fc.record(
      { rescanDuration: fc.constantFrom('DAYS_14', 'LIFETIME', 'DAYS_1') },
      { requiredKeys: [] },
    ),
    accountId: fc.constantFrom('123456789012', '210987654321'),
  },
  { requiredKeys: [] },
);

const body: fc.Arbitrary<string | Uint8Array | undefined> = fc.oneof(
  { weight: 8, arbitrary: plausible.map((o) => JSON.stringify(o)) },
  {
    weight: 4,
    arbitrary: fc
      .dictionary(fc.constantFrom(...MEMBERS), adversarialJson, { maxKeys: 4 })
      .map((o) => JSON.stringify(o)),
  },
  { weight: 1, arbitrary: adversarialJson.map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.nat({ max: 200_000 }).map((n) => `{"nextToken":"${'a'.repeat(n)}"}`) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const path = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(...Inspector2OperationName).map((op) => INSPECTOR2_HTTP_BINDINGS[op].path),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...Inspector2OperationName)
      .map((op) => `/base${INSPECTOR2_HTTP_BINDINGS[op].path}?x=1`),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '/',
      '/findings',
      '/findings/list/x',
      '/enable/',
      '//enable',
      '/%2e%2e/enable',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((s) => `/${s}`) },
);

const origin = fc.constantFrom(
  'https://inspector2.us-east-1.amazonaws.com',
  'https://inspector2-fips.us-gov-west-1.amazonaws.com',
  'https://inspector2.eu-west-1.api.aws',
  'http://localhost:4510',
);

const signed =
  'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260201/eu-west-1/inspector2/aws4_request, SignedHeaders=host, Signature=00';

/** Random and adversarial restJson1 requests to Inspector2: methods, paths, hosts, signatures, bodies. */
export const adversarialInspector2Request: fc.Arbitrary<WireRequest> = fc
  .record({
    method: fc.oneof(
      { weight: 12, arbitrary: fc.constant('POST') },
      { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'post', 'DELETE', '') },
    ),
    origin,
    path,
    authorization: fc.option(fc.constantFrom(signed, 'garbage'), { nil: undefined }),
    contentType: fc.constantFrom('application/json', 'application/x-amz-json-1.1', 'text/plain', undefined),
    body,
  })
  .map(({ method, origin: o, path: p, authorization, contentType, body: b }) => {
    const headers: Record<string, string> = {};
    if (authorization !== undefined) headers['authorization'] = authorization;
    if (contentType !== undefined) headers['content-type'] = contentType;
    return { method, url: `${o}${p}`, headers, body: b };
  });
