import { TARGET_PREFIX } from '@ecr-scan-sim/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EcrWireRequest } from '../glossary.js';
import { MAX_JSON_DEPTH } from '../json/parse-json.js';
import { decodeRequest, parseJson, parseTarget } from './decode-request.js';

const post = (overrides: Partial<EcrWireRequest> = {}): EcrWireRequest => ({
  method: 'POST',
  url: 'https://api.ecr.us-east-1.amazonaws.com/',
  headers: {
    'Content-Type': 'application/x-amz-json-1.1',
    'X-Amz-Target': `${TARGET_PREFIX}.DescribeImages`,
  },
  body: '{"repositoryName":"app"}',
  ...overrides,
});

const refusal = (request: EcrWireRequest, max?: number) => {
  const decoded = decodeRequest(request, max);
  if (decoded.ok) throw new Error('expected a refusal');
  return { status: decoded.status, name: decoded.error.name, message: decoded.error.message };
};

describe('decodeRequest', () => {
  it('accepts a well-formed request, with headers in any case', () => {
    expect(decodeRequest(post())).toEqual({
      ok: true,
      operation: 'DescribeImages',
      input: { repositoryName: 'app' },
      host: 'api.ecr.us-east-1.amazonaws.com',
    });
  });

  it('accepts bytes, a charset parameter and application/json', () => {
    const decoded = decodeRequest(
      post({
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'x-amz-target': `${TARGET_PREFIX}.DescribeImages`,
        },
        body: new TextEncoder().encode('{"repositoryName":"ünï"}'),
      }),
    );
    expect(decoded).toMatchObject({ ok: true, input: { repositoryName: 'ünï' } });
  });

  describe('refusals, in check order', () => {
    it('answers a non-POST method with 404 UnknownOperationException, before anything else', () => {
      expect(refusal(post({ method: 'GET', body: 'not json', headers: {} }))).toMatchObject({
        status: 404,
        name: 'UnknownOperationException',
        message: 'The operation GET / is not supported by this endpoint.',
      });
    });

    it('answers a foreign content type with 404 UnknownOperationException, before parsing', () => {
      const r = refusal(post({ headers: { 'content-type': 'text/plain' }, body: 'not json' }));
      expect(r).toMatchObject({ status: 404, name: 'UnknownOperationException' });
      expect(r.message).toContain("'text/plain'");
      expect(refusal(post({ headers: {} }))).toMatchObject({ status: 404 });
    });

    it('answers a body over maxBodyBytes with 413 RequestEntityTooLargeException', () => {
      expect(refusal(post({ body: `{"a":"${'x'.repeat(100)}"}` }), 50)).toMatchObject({
        status: 413,
        name: 'RequestEntityTooLargeException',
      });
    });

    it('answers non-JSON and invalid UTF-8 with 400 SerializationException, before the target check', () => {
      const headers = { 'content-type': 'application/x-amz-json-1.1' };
      expect(refusal(post({ headers, body: '{"a":' }))).toMatchObject({
        status: 400,
        name: 'SerializationException',
      });
      expect(refusal(post({ body: new Uint8Array([0x7b, 0xff, 0x7d]) }))).toMatchObject({
        name: 'SerializationException',
      });
    });

    it('answers a missing, foreign or unknown target with 400 UnknownOperationException', () => {
      for (const target of [
        undefined,
        'DescribeImages',
        'DynamoDB_20120810.DescribeImages',
        `${TARGET_PREFIX}.Nope`,
      ]) {
        const headers: Record<string, string> = { 'content-type': 'application/x-amz-json-1.1' };
        if (target !== undefined) headers['x-amz-target'] = target;
        expect(refusal(post({ headers }))).toMatchObject({ status: 400, name: 'UnknownOperationException' });
      }
    });

    it('answers an empty body with 400 SerializationException, after the target check', () => {
      expect(refusal(post({ body: undefined }))).toMatchObject({
        status: 400,
        name: 'SerializationException',
      });
      expect(refusal(post({ body: '', headers: {} }))).toMatchObject({ name: 'UnknownOperationException' });
    });
  });
});

describe('parseTarget', () => {
  it('names an operation only with the ECR prefix and a supported name', () => {
    expect(parseTarget(`${TARGET_PREFIX}.StartImageScan`)).toBe('StartImageScan');
    expect(parseTarget(`${TARGET_PREFIX}.startImageScan`)).toBeUndefined();
    expect(parseTarget(`${TARGET_PREFIX}.StartImageScan.x`)).toBeUndefined();
    expect(parseTarget(`${TARGET_PREFIX}.toString`)).toBeUndefined();
    expect(parseTarget(`${TARGET_PREFIX}.__proto__`)).toBeUndefined();
  });
});

describe('parseJson', () => {
  it('drops __proto__, constructor and prototype keys, escaped or not, like a parse with a dropping reviver', () => {
    const forbidden = new Set(['__proto__', 'constructor', 'prototype']);
    const key = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.constantFrom('__proto__', 'constructor', 'prototype'),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 0 }),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(key, tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, fc.boolean(), (v, escaped) => {
        let text = JSON.stringify(v) ?? 'null';
        if (escaped)
          text = text
            .replaceAll('__proto__', '\\u005f_proto__')
            .replaceAll('"constructor"', '"\\u0063onstructor"');
        const parsed = parseJson(text);
        const expected = JSON.parse(text, (k, member) => (forbidden.has(k) ? undefined : member));
        expect(parsed).toEqual({ ok: true, value: expected });
      }),
    );
  });

  it('drops __proto__, constructor and prototype keys at every level, so no prototype can be reached', () => {
    const parsed = parseJson(
      '{"__proto__":{"polluted":1},"a":{"constructor":{"prototype":{"polluted":1}},"b":[{"__proto__":1}]}}',
    );
    expect(parsed).toEqual({ ok: true, value: { a: { b: [{}] } } });
    const value = (parsed as { value: Record<string, unknown> }).value;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.assign({}, value, { ...value })).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} with SerializationException, even when huge`, () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(parseJson(deep(MAX_JSON_DEPTH))).toMatchObject({ ok: true });
    expect(parseJson(deep(MAX_JSON_DEPTH + 1))).toMatchObject({ ok: false });
    expect(parseJson(deep(1_000_000))).toMatchObject({
      ok: false,
      error: { name: 'SerializationException' },
    });
    expect(parseJson(`{"a":"${'['.repeat(200)}"}`)).toMatchObject({ ok: true });
    expect(parseJson(`{"a":"\\"${'['.repeat(200)}"}`)).toMatchObject({ ok: true });
  });
});
