import { describe, expect, it } from 'vitest';
import { OperationName } from '../types/operations.js';
import { validateInput } from './validate.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const ip = (member: string, constraint: string) => ({
  name: 'InvalidParameterException',
  message: `Invalid parameter at '${member}' failed to satisfy constraint: '${constraint}'`,
});
const check = (operation: OperationName, input: unknown) => {
  const error = validateInput(operation, input);
  return error && { name: error.name, message: error.message };
};

describe('validateInput: texts observed from ECR (D13)', () => {
  it('V1: maxResults above 1000 (renovatebot/renovate fixture)', () => {
    expect(check('DescribeImages', { repositoryName: 'app', maxResults: 5000 })).toEqual({
      name: 'InvalidParameterException',
      message:
        "Invalid parameter at 'maxResults' failed to satisfy constraint: 'Member must have value less than or equal to 1000'",
    });
  });

  it('V1: imageTagMutability outside its enum (moto), values listed alphabetically', () => {
    expect(check('CreateRepository', { repositoryName: 'app', imageTagMutability: 'SOMETIMES' })).toEqual(
      ip(
        'imageTagMutability',
        'Member must satisfy enum value set: [IMMUTABLE, IMMUTABLE_WITH_EXCLUSION, MUTABLE, MUTABLE_WITH_EXCLUSION]',
      ),
    );
  });

  it('V1: an empty imageIds list (puemos/aws-lambda-ecr-cleaner#3)', () => {
    expect(check('BatchDeleteImage', { repositoryName: 'app', imageIds: [] })).toEqual(
      ip('imageIds', 'Member must have length greater than or equal to 1'),
    );
  });

  it('V1: a scalar list item is reported on the list, wrapped (as registryIds is)', () => {
    expect(check('DescribeRepositories', { repositoryNames: ['app', 'x'] })).toEqual(
      ip(
        'repositoryNames',
        'Member must satisfy constraint: [Member must have length greater than or equal to 2]',
      ),
    );
    expect(check('DescribeRepositories', { repositoryNames: ['app', 'App'] })).toEqual(
      ip(
        'repositoryNames',
        'Member must satisfy constraint: [Member must satisfy regular expression pattern: [a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*]',
      ),
    );
  });

  it('V1: a missing required member inside a list item is tags.N.member.<name>, 1-based', () => {
    const tags = [{ Key: 'a', Value: 'b' }, { Value: 'c' }];
    expect(check('CreateRepository', { repositoryName: 'app', tags })).toEqual(
      ip('tags.2.member.Key', 'Member must not be null'),
    );
  });
});

describe('validateInput: member constraints (V1)', () => {
  it.each([
    [
      'registryId',
      { registryId: '12345678901' },
      ip('registryId', 'Member must satisfy regular expression pattern: [0-9]{12}'),
    ],
    [
      'registryId 13 digits',
      { registryId: '1234567890123' },
      ip('registryId', 'Member must satisfy regular expression pattern: [0-9]{12}'),
    ],
    [
      'repositoryName too short',
      { repositoryName: 'a' },
      ip('repositoryName', 'Member must have length greater than or equal to 2'),
    ],
    [
      'repositoryName too long',
      { repositoryName: 'a'.repeat(257) },
      ip('repositoryName', 'Member must have length less than or equal to 256'),
    ],
    [
      'maxResults 0',
      { maxResults: 0 },
      ip('maxResults', 'Member must have value greater than or equal to 1'),
    ],
    [
      'imageTag empty',
      { imageId: { imageTag: '' } },
      ip('imageId.imageTag', 'Member must have length greater than or equal to 1'),
    ],
    [
      'imageTag 301',
      { imageId: { imageTag: 't'.repeat(301) } },
      ip('imageId.imageTag', 'Member must have length less than or equal to 300'),
    ],
  ])('%s', (_, patch, expected) => {
    const input = { repositoryName: 'app', imageId: { imageTag: 'latest' }, ...patch };
    expect(check('DescribeImageScanFindings', input)).toEqual(expected);
  });

  it('accepts the newest repository name forms: runs of -, __, and / namespaces', () => {
    for (const repositoryName of ['a--b', 'a__b', 'team/app.v2_x-y', 'ab', 'a'.repeat(256)])
      expect(check('StartImageScan', { repositoryName, imageId: { imageTag: 'x' } })).toBeUndefined();
    for (const repositoryName of ['a___b', '-ab', 'ab/', 'a//b', 'a._b', 'Ab'])
      expect(check('StartImageScan', { repositoryName, imageId: { imageTag: 'x' } })?.message).toContain(
        'Member must satisfy regular expression pattern',
      );
  });

  it('counts length in code points, as Smithy does', () => {
    expect(
      check('StartImageScan', { repositoryName: 'app', imageId: { imageTag: '😀'.repeat(300) } }),
    ).toBeUndefined();
  });

  it('PutImage: imageManifest is required and 1 to 4,194,304 characters', () => {
    expect(check('PutImage', { repositoryName: 'app' })).toEqual(
      ip('imageManifest', 'Member must not be null'),
    );
    expect(check('PutImage', { repositoryName: 'app', imageManifest: '' })).toEqual(
      ip('imageManifest', 'Member must have length greater than or equal to 1'),
    );
    expect(check('PutImage', { repositoryName: 'app', imageManifest: 'x'.repeat(4_194_305) })).toEqual(
      ip('imageManifest', 'Member must have length less than or equal to 4194304'),
    );
    expect(
      check('PutImage', { repositoryName: 'app', imageManifest: 'x'.repeat(4_194_304) }),
    ).toBeUndefined();
  });

  it('V5: PutRegistryScanningConfiguration: at most 2 rules, 0 to 100 filters, filter pattern and enums', () => {
    const filter = { filter: 'prod-*', filterType: 'WILDCARD' };
    const rule = { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [filter] };
    const put = (input: unknown) => check('PutRegistryScanningConfiguration', input);
    expect(put({ scanType: 'BASIC', rules: [rule, rule] })).toBeUndefined();
    expect(put({ rules: [] })).toBeUndefined();
    expect(put({ rules: [rule, rule, rule] })).toEqual(
      ip('rules', 'Member must have length less than or equal to 2'),
    );
    expect(put({ rules: [{ ...rule, repositoryFilters: [] }] })).toBeUndefined();
    expect(put({ rules: [{ ...rule, repositoryFilters: Array(101).fill(filter) }] })).toEqual(
      ip('rules.1.member.repositoryFilters', 'Member must have length less than or equal to 100'),
    );
    expect(put({ rules: [rule, { repositoryFilters: [filter] }] })).toEqual(
      ip('rules.2.member.scanFrequency', 'Member must not be null'),
    );
    expect(put({ rules: [{ ...rule, repositoryFilters: [filter, { ...filter, filter: 'Prod' }] }] })).toEqual(
      ip(
        'rules.1.member.repositoryFilters.2.member.filter',
        'Member must satisfy regular expression pattern: ^[a-z0-9*](?:[._\\-/a-z0-9*]?[a-z0-9*]+)*$',
      ),
    );
    expect(put({ scanType: 'DEEP' })).toEqual(
      ip('scanType', 'Member must satisfy enum value set: [BASIC, ENHANCED]'),
    );
  });

  it('UpdateImageStorageClass: targetStorageClass is required and STANDARD or ARCHIVE', () => {
    const base = { repositoryName: 'app', imageId: { imageDigest: DIGEST } };
    expect(check('UpdateImageStorageClass', base)).toEqual(
      ip('targetStorageClass', 'Member must not be null'),
    );
    expect(check('UpdateImageStorageClass', { ...base, targetStorageClass: 'GLACIER' })).toEqual(
      ip('targetStorageClass', 'Member must satisfy enum value set: [ARCHIVE, STANDARD]'),
    );
  });

  it('GetRegistryScanningConfiguration accepts {}, no body, and ignores any member', () => {
    for (const input of [{}, undefined, null, { registryId: 'not-an-id', x: [1] }])
      expect(check('GetRegistryScanningConfiguration', input)).toBeUndefined();
  });
});

describe('validateInput: cross-member rules', () => {
  it('V3: an imageId with neither imageDigest nor imageTag', () => {
    for (const op of ['StartImageScan', 'DescribeImageScanFindings'] as const)
      expect(check(op, { repositoryName: 'app', imageId: {} })).toEqual(
        ip('imageId', 'Member must specify imageDigest or imageTag'),
      );
    expect(
      check('DescribeImages', { repositoryName: 'app', imageIds: [{ imageTag: 'a' }, { imageTag: null }] }),
    ).toEqual(ip('imageIds.2.member', 'Member must specify imageDigest or imageTag'));
  });

  it('V2: an imageDigest must be sha256: and 64 lowercase hex digits', () => {
    const bad = ['sha256:abc', DIGEST.toUpperCase(), `sha512:${'ab'.repeat(32)}`, `${DIGEST}0`, ` ${DIGEST}`];
    for (const imageDigest of bad)
      expect(check('StartImageScan', { repositoryName: 'app', imageId: { imageDigest } })).toEqual(
        ip('imageId.imageDigest', 'Member must satisfy regular expression pattern: sha256:[a-f0-9]{64}'),
      );
    expect(check('PutImage', { repositoryName: 'app', imageManifest: '{}', imageDigest: 'md5:1' })).toEqual(
      ip('imageDigest', 'Member must satisfy regular expression pattern: sha256:[a-f0-9]{64}'),
    );
    expect(
      check('StartImageScan', { repositoryName: 'app', imageId: { imageDigest: DIGEST } }),
    ).toBeUndefined();
  });

  it('V2, V3: BatchDeleteImage leaves malformed imageIds to per-item failures (InvalidImageDigest, MissingDigestAndTag)', () => {
    expect(
      check('BatchDeleteImage', { repositoryName: 'app', imageIds: [{}, { imageDigest: 'x' }] }),
    ).toBeUndefined();
  });

  it('P5: DescribeImages imageIds with nextToken or maxResults', () => {
    const imageIds = [{ imageTag: 'latest' }];
    expect(
      check('DescribeImages', { repositoryName: 'app', imageIds, nextToken: 't', maxResults: 5 }),
    ).toEqual(ip('nextToken', 'Member must not be specified when imageIds is specified'));
    expect(check('DescribeImages', { repositoryName: 'app', imageIds, maxResults: 5 })).toEqual(
      ip('maxResults', 'Member must not be specified when imageIds is specified'),
    );
    expect(check('DescribeImages', { repositoryName: 'app', nextToken: 't', maxResults: 5 })).toBeUndefined();
  });

  it('V1: cross-member rules run last: a constraint elsewhere wins over P5 and V3', () => {
    expect(check('DescribeImages', { repositoryName: 'app', imageIds: [{}], maxResults: 0 })).toEqual(
      ip('maxResults', 'Member must have value greater than or equal to 1'),
    );
  });
});

describe('validateInput: order of checks (V1)', () => {
  it('V1: JSON types before required members before constraints', () => {
    expect(check('StartImageScan', { repositoryName: 'A', imageId: 'x' })?.name).toBe(
      'SerializationException',
    );
    expect(check('StartImageScan', { repositoryName: 'A' })).toEqual(
      ip('imageId', 'Member must not be null'),
    );
    expect(check('StartImageScan', { repositoryName: 'A', imageId: { imageTag: '' } })).toEqual(
      ip('repositoryName', 'Member must have length greater than or equal to 2'),
    );
  });

  it('V1: members in model order: registryId before repositoryName', () => {
    expect(check('StartImageScan', { repositoryName: 'A', registryId: 'x', imageId: {} })?.message).toContain(
      "'registryId'",
    );
  });

  it('V1: within a string, length before pattern', () => {
    expect(check('StartImageScan', { repositoryName: '!', imageId: { imageTag: 'x' } })).toEqual(
      ip('repositoryName', 'Member must have length greater than or equal to 2'),
    );
  });

  it('V1: a required member that is null is absent', () => {
    expect(check('StartImageScan', { repositoryName: null, imageId: { imageTag: 'x' } })).toEqual(
      ip('repositoryName', 'Member must not be null'),
    );
  });

  it('covers every operation', () => {
    for (const op of OperationName) expect(() => validateInput(op, {})).not.toThrow();
  });
});
