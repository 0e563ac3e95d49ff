import { ecrErrors, JSON_CONTENT_TYPE, TARGET_PREFIX } from '@ecr-scan-sim/model';
import { describe, expect, it } from 'vitest';
import type { EcrWireRequest, EcrWireResponse } from '../glossary.js';
import { stubSimulator } from '../test-support/stub-simulator.js';
import { handleEcrRequest } from './handle-ecr-request.js';

const request = (overrides: Partial<EcrWireRequest> = {}): EcrWireRequest => ({
  method: 'POST',
  url: 'https://api.ecr.eu-west-1.amazonaws.com/',
  headers: { 'content-type': JSON_CONTENT_TYPE, 'x-amz-target': `${TARGET_PREFIX}.DescribeImages` },
  body: '{"repositoryName":"app"}',
  ...overrides,
});

const errorOf = (res: EcrWireResponse) => ({ status: res.status, ...JSON.parse(res.body) });

function expectWellFormed(res: EcrWireResponse): void {
  expect(res.headers['content-type']).toBe(JSON_CONTENT_TYPE);
  expect(res.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
  expect(Number(res.headers['content-length'])).toBe(new TextEncoder().encode(res.body).length);
  expect(res.headers).not.toHaveProperty('date');
}

describe('handleEcrRequest', () => {
  it('W1: runs the target operation with the parsed body and answers 200 with its output', async () => {
    const { sim, calls } = stubSimulator(() => ({ imageDetails: [], nextToken: undefined }));
    const res = await handleEcrRequest(sim, request());
    expectWellFormed(res);
    expect(res.status).toBe(200);
    expect(res.body).toBe('{"imageDetails":[]}');
    expect(calls).toEqual([
      { operation: 'DescribeImages', input: { repositoryName: 'app' }, context: { region: 'eu-west-1' } },
    ]);
  });

  it('W2: sends Dates of the output as epoch seconds', async () => {
    const { sim } = stubSimulator(() => ({ repository: { createdAt: new Date(1_700_000_000_500) } }));
    const res = await handleEcrRequest(sim, request());
    expect(res.body).toBe('{"repository":{"createdAt":1700000000.5}}');
  });

  describe('region', () => {
    it('comes from the host, then defaultRegion, then the simulator', async () => {
      const { sim, calls } = stubSimulator(() => ({}));
      await handleEcrRequest(sim, request({ url: undefined, host: 'api.ecr.ap-south-2.amazonaws.com' }));
      await handleEcrRequest(
        sim,
        request({ url: '/', headers: { ...request().headers, Host: 'ecr.us-west-2.api.aws' } }),
      );
      await handleEcrRequest(sim, request({ url: 'http://localhost:4510/' }), {
        defaultRegion: 'eu-north-1',
      });
      await handleEcrRequest(sim, request({ url: 'http://localhost:4510/' }));
      expect(calls.map((c) => c.context?.region)).toEqual([
        'ap-south-2',
        'us-west-2',
        'eu-north-1',
        'sa-east-1',
      ]);
    });
  });

  describe('W1: errors', () => {
    it('answers GET with 404 UnknownOperationException and calls nothing', async () => {
      const { sim, calls } = stubSimulator(() => ({}));
      const res = await handleEcrRequest(sim, request({ method: 'GET' }));
      expectWellFormed(res);
      expect(errorOf(res)).toMatchObject({ status: 404, __type: 'UnknownOperationException' });
      expect(res.headers['x-amzn-errortype']).toBe('UnknownOperationException');
      expect(calls).toHaveLength(0);
    });

    it('answers a wrong content type with 404 UnknownOperationException', async () => {
      const { sim } = stubSimulator(() => ({}));
      const res = await handleEcrRequest(sim, request({ headers: { 'content-type': 'text/xml' } }));
      expect(errorOf(res)).toMatchObject({ status: 404, __type: 'UnknownOperationException' });
    });

    it('answers non-JSON with 400 SerializationException', async () => {
      const { sim } = stubSimulator(() => ({}));
      const res = await handleEcrRequest(sim, request({ body: '{"repositoryName":' }));
      expect(errorOf(res)).toEqual({
        status: 400,
        __type: 'SerializationException',
        message: ecrErrors.serializationParse().message,
      });
    });

    it('answers a missing or unknown target with 400 UnknownOperationException', async () => {
      const { sim, calls } = stubSimulator(() => ({}));
      const missing = await handleEcrRequest(
        sim,
        request({ headers: { 'content-type': JSON_CONTENT_TYPE } }),
      );
      const unknown = await handleEcrRequest(
        sim,
        request({
          headers: {
            'content-type': JSON_CONTENT_TYPE,
            'x-amz-target': `${TARGET_PREFIX}.GetDownloadUrlForLayer`,
          },
        }),
      );
      expect(errorOf(missing)).toMatchObject({ status: 400, __type: 'UnknownOperationException' });
      expect(errorOf(unknown)).toEqual({
        status: 400,
        __type: 'UnknownOperationException',
        message: ecrErrors.unknownOperation(`${TARGET_PREFIX}.GetDownloadUrlForLayer`).message,
      });
      expect(calls).toHaveLength(0);
    });

    it('answers an EcrError from the simulator with its catalogue status and text', async () => {
      const { sim } = stubSimulator(() => {
        throw ecrErrors.repositoryNotFound('app', '123456789012');
      });
      const res = await handleEcrRequest(sim, request());
      expectWellFormed(res);
      expect(errorOf(res)).toEqual({
        status: 400,
        __type: 'RepositoryNotFoundException',
        message: "The repository with name 'app' does not exist in the registry with id '123456789012'",
      });
    });

    it('answers an unexpected throw with 500 ServerException naming a simulator bug', async () => {
      const { sim } = stubSimulator(() => {
        throw new TypeError('boom');
      });
      const res = await handleEcrRequest(sim, request());
      expect(errorOf(res)).toEqual({
        status: 500,
        __type: 'ServerException',
        message: ecrErrors.simulatorBug('TypeError: boom').message,
      });
    });

    it('answers an output JSON cannot carry with 500 ServerException', async () => {
      const { sim } = stubSimulator(() => ({ n: 1n }));
      expect(errorOf(await handleEcrRequest(sim, request()))).toMatchObject({
        status: 500,
        __type: 'ServerException',
      });
    });

    it('never rejects, even for a request that is not one', async () => {
      const { sim } = stubSimulator(() => ({}));
      for (const bad of [
        null,
        undefined,
        42,
        { method: 'POST' },
        { method: 'POST', headers: null, body: {} },
      ]) {
        const res = await handleEcrRequest(sim, bad as unknown as EcrWireRequest);
        expectWellFormed(res);
        expect([400, 404, 500]).toContain(res.status);
      }
    });
  });

  it('hands out deterministic request ids, one per response', async () => {
    const a = stubSimulator(() => ({})).sim;
    const b = stubSimulator(() => ({})).sim;
    const idsA = [
      await handleEcrRequest(a, request()),
      await handleEcrRequest(a, request({ method: 'GET' })),
    ].map((r) => r.headers['x-amzn-requestid']);
    const idsB = [await handleEcrRequest(b, request()), await handleEcrRequest(b, request())].map(
      (r) => r.headers['x-amzn-requestid'],
    );
    expect(idsA[0]).not.toBe(idsA[1]);
    expect(idsB).toEqual(idsA);
  });
});
