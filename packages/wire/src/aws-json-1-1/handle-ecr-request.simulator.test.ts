import { JSON_CONTENT_TYPE, TARGET_PREFIX } from '@ecr-scan-sim/model';
import { createSimulator, FakeClock } from '@ecr-scan-sim/simulator';
import { describe, expect, it } from 'vitest';
import { handleEcrRequest } from './handle-ecr-request.js';

const sim = () => createSimulator({ clock: new FakeClock('2026-02-01T00:00:00Z'), seed: 3 });

const send = (
  s: ReturnType<typeof sim>,
  operation: string,
  body: string,
  host = 'api.ecr.us-east-1.amazonaws.com',
) =>
  handleEcrRequest(s, {
    method: 'POST',
    host,
    path: '/',
    headers: { 'content-type': JSON_CONTENT_TYPE, 'x-amz-target': `${TARGET_PREFIX}.${operation}` },
    body,
  }).then((res) => ({ status: res.status, body: JSON.parse(res.body) as Record<string, unknown> }));

describe('handleEcrRequest with the simulator', () => {
  it('W2: CreateRepository answers 200 with createdAt in epoch seconds', async () => {
    const res = await send(sim(), 'CreateRepository', '{"repositoryName":"app"}');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      repository: { repositoryName: 'app', createdAt: Date.parse('2026-02-01T00:00:00Z') / 1000 },
    });
  });

  it('D16: the host picks the region, and each region is its own registry', async () => {
    const s = sim();
    await send(s, 'CreateRepository', '{"repositoryName":"app"}', 'api.ecr.eu-west-1.amazonaws.com');
    const there = await send(s, 'DescribeRepositories', '{}', 'api.ecr.eu-west-1.amazonaws.com');
    const here = await send(s, 'DescribeRepositories', '{}', 'api.ecr.us-east-1.amazonaws.com');
    expect(there.body['repositories']).toHaveLength(1);
    expect(here.body['repositories']).toEqual([]);
  });

  describe('V4: bodies of the wrong JSON types are 400 SerializationException', () => {
    it.each([
      ['a number for a string member', 'DescribeImages', '{"repositoryName":5}'],
      ['a string for a number member', 'DescribeImages', '{"repositoryName":"app","maxResults":"5"}'],
      ['a list for a structure', 'StartImageScan', '{"repositoryName":"app","imageId":[]}'],
      ['a top-level array', 'DescribeImages', '[]'],
      ['a top-level string', 'DescribeImages', '"app"'],
    ])('%s', async (_, operation, body) => {
      const res = await send(sim(), operation, body);
      expect(res).toMatchObject({ status: 400, body: { __type: 'SerializationException' } });
      expect(res.body['message']).toBeTypeOf('string');
    });
  });

  it('V1: a top-level null body reads as an empty input (the required member is missing)', async () => {
    const s = sim();
    expect(await send(s, 'DescribeImages', 'null')).toEqual(await send(s, 'DescribeImages', '{}'));
    expect(await send(s, 'DescribeImages', 'null')).toMatchObject({
      status: 400,
      body: { __type: 'InvalidParameterException' },
    });
  });

  it('V1: a value out of range is 400 InvalidParameterException in ECR format', async () => {
    const s = sim();
    await send(s, 'CreateRepository', '{"repositoryName":"app"}');
    const res = await send(s, 'DescribeImages', '{"repositoryName":"app","maxResults":1001}');
    expect(res).toEqual({
      status: 400,
      body: {
        __type: 'InvalidParameterException',
        message:
          "Invalid parameter at 'maxResults' failed to satisfy constraint: 'Member must have value less than or equal to 1000'",
      },
    });
  });
});
