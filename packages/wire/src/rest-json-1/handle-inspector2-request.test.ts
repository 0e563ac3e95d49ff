import { INSPECTOR2_HTTP_BINDINGS, Inspector2OperationName } from '@ecr-scan-sim/model';
import { createSimulator, FakeClock } from '@ecr-scan-sim/simulator';
import { describe, expect, it } from 'vitest';
import type { WireRequest } from '../glossary.js';
import { handleInspector2Request } from './handle-inspector2-request.js';

const sim = () => createSimulator({ clock: new FakeClock('2026-02-01T00:00:00Z'), seed: 5 });
const HOST = 'https://inspector2.us-east-1.amazonaws.com';
const post = (path: string, body: string | undefined, extra: Partial<WireRequest> = {}): WireRequest => ({
  method: 'POST',
  url: `${HOST}${path}`,
  headers: { 'content-type': 'application/json' },
  body,
  ...extra,
});
const json = (body: string) => JSON.parse(body) as Record<string, unknown>;

describe('handleInspector2Request', () => {
  describe('W3: operations on their model paths', () => {
    it.each(Inspector2OperationName)('W3: POST %s answers 200 with application/json', async (operation) => {
      const s = sim();
      const body =
        operation === 'Enable'
          ? '{"resourceTypes":["ECR"]}'
          : operation === 'UpdateConfiguration'
            ? '{"ecrConfiguration":{"rescanDuration":"DAYS_30"}}'
            : operation === 'ListFindingAggregations'
              ? '{"aggregationType":"REPOSITORY"}'
              : '{}';
      const res = await handleInspector2Request(s, post(INSPECTOR2_HTTP_BINDINGS[operation].path, body));
      expect(res.status, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/json');
      expect(res.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
      expect(Number(res.headers['content-length'])).toBe(new TextEncoder().encode(res.body).length);
      expect(s.calls.at(-1)).toMatchObject({ service: 'inspector2', operation, outcome: { ok: true } });
    });

    it('W3: an empty body is {} (GetConfiguration as the CLI sends it)', async () => {
      const res = await handleInspector2Request(sim(), post('/configuration/get', undefined));
      expect(res.status).toBe(200);
      expect(json(res.body)).toHaveProperty('ecrConfiguration');
    });

    it('W3: a base path before the operation path is accepted (custom endpoints with a path)', async () => {
      const res = await handleInspector2Request(
        sim(),
        post('/inspector/findings/list', '{}', { url: 'http://localhost:4510/inspector/findings/list' }),
      );
      expect(res.status).toBe(200);
      expect(json(res.body)).toEqual({ findings: [] });
    });
  });

  describe('W4: errors', () => {
    it('W4: ValidationException is 400 with x-amzn-errortype and a body of message, reason and fields', async () => {
      const res = await handleInspector2Request(sim(), post('/findings/list', '{"maxResults":123}'));
      expect(res.status).toBe(400);
      expect(res.headers['x-amzn-errortype']).toBe('ValidationException');
      expect(json(res.body)).toEqual({
        message:
          "1 validation error detected: Value at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
        reason: 'FIELD_VALIDATION_FAILED',
        fields: [{ name: 'maxResults', message: 'Member must have value less than or equal to 100' }],
      });
    });

    it('W4: AccessDeniedException is 403; an injected ThrottlingException is 429; InternalServerException 500', async () => {
      const s = sim();
      const denied = await handleInspector2Request(
        s,
        post('/configuration/get', '{"accountId":"210987654321"}'),
      );
      expect([denied.status, denied.headers['x-amzn-errortype']]).toEqual([403, 'AccessDeniedException']);
      expect(Object.keys(json(denied.body))).toEqual(['message']);
      s.injectFault({ service: 'inspector2', error: 'ThrottlingException' });
      const throttled = await handleInspector2Request(s, post('/coverage/list', '{}'));
      expect([throttled.status, throttled.headers['x-amzn-errortype'], json(throttled.body)]).toEqual([
        429,
        'ThrottlingException',
        { message: 'Rate exceeded' },
      ]);
      s.injectFault({ service: 'inspector2', error: 'InternalServerException' });
      expect((await handleInspector2Request(s, post('/coverage/list', '{}'))).status).toBe(500);
    });
  });

  describe('W5: timestamps', () => {
    it('W5: epoch seconds in responses and in request filters', async () => {
      const s = sim();
      s.clock.tick(1500);
      await handleInspector2Request(
        s,
        post('/configuration/update', '{"ecrConfiguration":{"rescanDuration":"DAYS_7"}}'),
      );
      const got = json((await handleInspector2Request(s, post('/configuration/get', '{}'))).body);
      expect(
        (got['ecrConfiguration'] as { rescanDurationState: { updatedAt: unknown } }).rescanDurationState
          .updatedAt,
      ).toBe(s.clock.now() / 1000);
      const filtered = await handleInspector2Request(
        s,
        post('/findings/list', '{"filterCriteria":{"firstObservedAt":[{"startInclusive":1767225600}]}}'),
      );
      expect(filtered.status).toBe(200);
      expect(s.calls.at(-1)?.input).toEqual({
        filterCriteria: { firstObservedAt: [{ startInclusive: 1767225600 }] },
      });
    });
  });

  describe('W6: requests no operation claims', () => {
    it.each([
      ['GET', '/findings/list'],
      ['PUT', '/enable'],
      ['POST', '/'],
      ['POST', '/findings'],
      ['POST', '/findings/list/extra'],
    ])('W6: %s %s is 404 UnknownOperationException', async (method, path) => {
      const res = await handleInspector2Request(sim(), post(path, '{}', { method }));
      expect(res.status).toBe(404);
      expect(res.headers['x-amzn-errortype']).toBe('UnknownOperationException');
      expect(json(res.body)['message']).toBe(`No Inspector2 operation is bound to ${method} ${path}.`);
    });

    it('W6: a body over the limit is 413; a body that is not JSON or not an object is CANNOT_PARSE', async () => {
      expect(
        (
          await handleInspector2Request(sim(), post('/findings/list', '{"x":"' + 'a'.repeat(200) + '"}'), {
            maxBodyBytes: 100,
          })
        ).status,
      ).toBe(413);
      for (const body of ['{', '[1]', '"x"', `${'['.repeat(70)}${']'.repeat(70)}`]) {
        const res = await handleInspector2Request(sim(), post('/findings/list', body));
        expect(res.status, body).toBe(400);
        expect(json(res.body)['reason'], body).toBe('CANNOT_PARSE');
      }
      const bytes = await handleInspector2Request(
        sim(),
        post('/findings/list', undefined, { body: new Uint8Array([0xff, 0xfe]) }),
      );
      expect(json(bytes.body)['reason']).toBe('CANNOT_PARSE');
    });
  });

  describe('W8: region', () => {
    it('W8: from an inspector2 or inspector2-fips host, else the SigV4 scope, else defaultRegion, else the simulator', async () => {
      const s = sim();
      const regionOf = async (request: WireRequest, defaultRegion?: string) => {
        await handleInspector2Request(s, request, { defaultRegion });
        return s.calls.at(-1)?.region;
      };
      const signed = {
        authorization:
          'AWS4-HMAC-SHA256 Credential=AKID/20260201/ap-south-2/inspector2/aws4_request, SignedHeaders=host, Signature=x',
      };
      expect(
        await regionOf(
          post('/coverage/list', '{}', { url: 'https://inspector2.eu-west-1.amazonaws.com/coverage/list' }),
        ),
      ).toBe('eu-west-1');
      expect(
        await regionOf(
          post('/coverage/list', '{}', {
            url: 'https://inspector2-fips.us-gov-west-1.amazonaws.com/coverage/list',
          }),
        ),
      ).toBe('us-gov-west-1');
      expect(
        await regionOf(
          post('/coverage/list', '{}', { url: 'https://inspector2.eu-central-1.api.aws/coverage/list' }),
        ),
      ).toBe('eu-central-1');
      expect(
        await regionOf(
          post('/coverage/list', '{}', { url: 'http://localhost:4510/coverage/list', headers: signed }),
          'sa-east-1',
        ),
      ).toBe('ap-south-2');
      expect(
        await regionOf(
          post('/coverage/list', '{}', { url: 'http://localhost:4510/coverage/list' }),
          'sa-east-1',
        ),
      ).toBe('sa-east-1');
      expect(
        await regionOf(post('/coverage/list', '{}', { url: 'http://localhost:4510/coverage/list' })),
      ).toBe('us-east-1');
    });
  });
});
