import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ECR_API_URL, endpointPattern, INSPECTOR2_API_URL } from './ecr-hosts.js';

const NUM_RUNS = Number(process.env.NUM_RUNS ?? 100);

// Region names as AWS spells them: us-east-1, ap-southeast-2, us-gov-west-1, cn-northwest-1, eusc-de-east-1 …
const region = fc
  .tuple(
    fc.stringMatching(/^[a-z]{2,4}$/),
    fc.array(fc.stringMatching(/^[a-z]{3,9}$/), { minLength: 1, maxLength: 2 }),
    fc.integer({ min: 1, max: 9 }),
  )
  .map(([area, words, n]) => [area, ...words, String(n)].join('-'))
  .filter((r) => /^[a-z]{2}/.test(r));

describe('ECR API hosts', () => {
  it('matches the ECR API host of every region, in every form the SDK builds', () => {
    fc.assert(
      fc.property(
        region,
        fc.constantFrom(
          (r: string) => `api.ecr.${r}.amazonaws.com`,
          (r: string) => `api.ecr.${r}.amazonaws.com.cn`,
          (r: string) => `api.ecr-fips.${r}.amazonaws.com`,
          (r: string) => `ecr.${r}.api.aws`,
          (r: string) => `api.ecr.${r}.api.aws`,
        ),
        (r, host) => {
          expect(ECR_API_URL.test(`https://${host(r)}/`)).toBe(true);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it.each([
    'https://s3.us-east-1.amazonaws.com/',
    'https://sts.us-east-1.amazonaws.com/',
    'https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/',
    'https://api.ecr.us-east-1.amazonaws.com.evil.example/',
    'https://evil.example/api.ecr.us-east-1.amazonaws.com/',
    'http://api.ecr.us-east-1.amazonaws.com/',
    'https://api.ecr.amazonaws.com/',
  ])('does not match %s (it falls through to onUnhandledFrame)', (url) => {
    expect(ECR_API_URL.test(url)).toBe(false);
  });
});

describe('Inspector2 hosts', () => {
  it('W9: matches the Inspector2 host of every region, in every form the SDK builds', () => {
    fc.assert(
      fc.property(
        region,
        fc.constantFrom(
          (r: string) => `inspector2.${r}.amazonaws.com`,
          (r: string) => `inspector2-fips.${r}.amazonaws.com`,
          (r: string) => `inspector2.${r}.amazonaws.com.cn`,
          (r: string) => `inspector2.${r}.api.aws`,
          (r: string) => `inspector2-fips.${r}.api.aws`,
        ),
        (r, host) => {
          expect(INSPECTOR2_API_URL.test(`https://${host(r)}/findings/list`)).toBe(true);
          expect(ECR_API_URL.test(`https://${host(r)}/`)).toBe(false);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it.each([
    'https://inspector.us-east-1.amazonaws.com/',
    'https://inspector2.us-east-1.amazonaws.com.evil.example/',
    'http://inspector2.us-east-1.amazonaws.com/',
    'https://evil.example/inspector2.us-east-1.amazonaws.com/',
  ])('W9: does not match %s', (url) => {
    expect(INSPECTOR2_API_URL.test(url)).toBe(false);
  });
});

describe('custom endpoints', () => {
  it('matches the endpoint origin and paths under its path only', () => {
    const root = endpointPattern('http://localhost:4510');
    expect(root.test('http://localhost:4510/')).toBe(true);
    expect(root.test('http://localhost:4510/anything')).toBe(true);
    expect(root.test('http://localhost:4511/')).toBe(false);
    expect(root.test('https://localhost:4510/')).toBe(false);
    expect(root.test('http://localhost:45100/')).toBe(false);

    const nested = endpointPattern('https://proxy.example/ecr/');
    expect(nested.test('https://proxy.example/ecr')).toBe(true);
    expect(nested.test('https://proxy.example/ecr/')).toBe(true);
    expect(nested.test('https://proxy.example/ecrx')).toBe(false);
    expect(nested.test('https://proxy.example/')).toBe(false);
  });

  it('treats regular-expression characters in an endpoint literally', () => {
    expect(endpointPattern('http://a.b:80').test('http://axb/')).toBe(false);
  });

  it('refuses an endpoint that is not an absolute URL', () => {
    expect(() => endpointPattern('/ecr')).toThrow(
      new TypeError(
        "[ecr-scan-sim] createEcrHandlers: endpoint '/ecr' is not an absolute URL; give it as you give it to the client's endpoint option, e.g. 'http://localhost:4510'",
      ),
    );
  });
});
