import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionFromHost, regionFromSignature, requestHost } from './region.js';

describe('regionFromHost', () => {
  it.each([
    ['api.ecr.us-east-1.amazonaws.com', 'us-east-1'],
    ['api.ecr.eu-west-1.amazonaws.com:443', 'eu-west-1'],
    ['API.ECR.AP-SOUTH-2.AMAZONAWS.COM', 'ap-south-2'],
    ['ecr.us-west-2.amazonaws.com', 'us-west-2'],
    ['ecr.us-west-2.api.aws', 'us-west-2'],
    ['api.ecr-fips.us-gov-west-1.amazonaws.com', 'us-gov-west-1'],
    ['ecr-fips.us-east-2.api.aws', 'us-east-2'],
    ['api.ecr.cn-north-1.amazonaws.com.cn', 'cn-north-1'],
    ['api.ecr.eu-central-1.amazonaws.com.', 'eu-central-1'],
  ])('reads the region of %s', (host, region) => {
    expect(regionFromHost(host)).toBe(region);
  });

  it.each([
    'localhost:4510',
    '127.0.0.1',
    'ecr.local',
    'api.ecr.amazonaws.com',
    'api.ecr.not_a_region.amazonaws.com',
    'dkr.ecr.us-east-1.amazonaws.com',
    '',
  ])('finds no region in %s', (host) => {
    expect(regionFromHost(host)).toBeUndefined();
  });

  it('never throws and returns a region shape or undefined', () => {
    fc.assert(
      fc.property(fc.string(), (host) => {
        const region = regionFromHost(host);
        return region === undefined || /^[a-z]{2}(-[a-z]+)+-\d+$/.test(region);
      }),
    );
  });
});

describe('requestHost', () => {
  it('prefers the authority of an absolute url, then host, then the host header', () => {
    expect(requestHost('https://api.ecr.us-east-2.amazonaws.com/', 'x', 'y')).toBe(
      'api.ecr.us-east-2.amazonaws.com',
    );
    expect(requestHost('http://user:pw@localhost:4510/', undefined, undefined)).toBe('localhost:4510');
    expect(requestHost('/', 'api.ecr.eu-west-3.amazonaws.com', 'y')).toBe('api.ecr.eu-west-3.amazonaws.com');
    expect(requestHost(undefined, undefined, 'localhost')).toBe('localhost');
  });
});

describe('regionFromSignature', () => {
  it('reads the region of a SigV4 Authorization header or presigned X-Amz-Credential', () => {
    const header =
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/eu-west-1/ecr/aws4_request, SignedHeaders=host, Signature=abc';
    expect(regionFromSignature(header)).toBe('eu-west-1');
    expect(regionFromSignature(undefined, 'AKIDEXAMPLE/20260101/ap-south-2/ecr/aws4_request')).toBe(
      'ap-south-2',
    );
  });

  it('is undefined for unsigned requests and malformed scopes', () => {
    expect(regionFromSignature(undefined)).toBeUndefined();
    expect(regionFromSignature(undefined, null)).toBeUndefined();
    expect(regionFromSignature('Bearer token')).toBeUndefined();
    expect(regionFromSignature(undefined, 'AKID/not-a-date/eu-west-1/ecr/aws4_request')).toBeUndefined();
  });
});
