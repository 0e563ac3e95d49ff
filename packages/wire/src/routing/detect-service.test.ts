import { describe, expect, it } from 'vitest';
import type { WireRequest } from '../glossary.js';
import { serviceOfRequest } from './detect-service.js';
import { inspector2RegionFromHost } from './hosts.js';

const request = (url: string, headers: Record<string, string> = {}): WireRequest => ({
  method: 'POST',
  url,
  headers,
  body: '{}',
});
const signedFor = (service: string) => ({
  authorization: `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260201/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=abc`,
});

describe('serviceOfRequest', () => {
  it('W7: an AWS host decides', () => {
    expect(serviceOfRequest(request('https://api.ecr.us-east-1.amazonaws.com/findings/list'))).toBe('ecr');
    expect(
      serviceOfRequest(
        request('https://inspector2.us-east-1.amazonaws.com/', {
          'x-amz-target': 'AmazonEC2ContainerRegistry_V20150921.DescribeImages',
        }),
      ),
    ).toBe('inspector2');
  });

  it('W7: on a custom endpoint: x-amz-target means ECR, then the SigV4 scope, then an Inspector2 path', () => {
    expect(
      serviceOfRequest(
        request('http://localhost:4510/findings/list', {
          'x-amz-target': 'AmazonEC2ContainerRegistry_V20150921.DescribeImages',
        }),
      ),
    ).toBe('ecr');
    expect(serviceOfRequest(request('http://localhost:4510/', signedFor('inspector2')))).toBe('inspector2');
    expect(serviceOfRequest(request('http://localhost:4510/findings/list', signedFor('ecr')))).toBe('ecr');
    expect(serviceOfRequest(request('http://localhost:4510/coverage/list'))).toBe('inspector2');
    expect(serviceOfRequest(request('http://localhost:4510/'))).toBe('ecr');
    expect(serviceOfRequest(request('http://localhost:4510/anything'))).toBe('ecr');
  });

  it('W7: a presigned X-Amz-Credential names the service too', () => {
    const url =
      'http://localhost:4510/?X-Amz-Credential=AKID%2F20260201%2Fus-east-1%2Finspector2%2Faws4_request';
    expect(serviceOfRequest(request(url))).toBe('inspector2');
  });
});

describe('inspector2RegionFromHost', () => {
  it.each([
    ['inspector2.us-east-1.amazonaws.com', 'us-east-1'],
    ['inspector2-fips.us-gov-east-1.amazonaws.com', 'us-gov-east-1'],
    ['INSPECTOR2.eu-west-1.amazonaws.com.:443', 'eu-west-1'],
    ['inspector2.cn-north-1.amazonaws.com.cn', 'cn-north-1'],
    ['inspector2.us-west-2.api.aws', 'us-west-2'],
    ['api.ecr.us-east-1.amazonaws.com', undefined],
    ['localhost:4510', undefined],
    [undefined, undefined],
  ])('W8: %s → %s', (host, region) => {
    expect(inspector2RegionFromHost(host)).toBe(region);
  });
});
