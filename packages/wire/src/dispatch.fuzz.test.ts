import { JSON_CONTENT_TYPE } from '@ecr-scan-sim/model';
import { createSimulator, type EcrSimulator, FakeClock } from '@ecr-scan-sim/simulator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleEcrRequest } from './aws-json-1-1/handle-ecr-request.js';
import type { EcrWireResponse } from './glossary.js';
import { handleSimulatorRequest } from './handle-simulator-request.js';
import { serviceOfRequest } from './routing/detect-service.js';
import { adversarialRequest } from './test-support/adversarial.js';
import { adversarialInspector2Request } from './test-support/adversarial-inspector2.js';

/** Requests per run. CI default 2,000; the full run is FUZZ_RUNS=100000 (see the README). */
const FUZZ_RUNS = Number(process.env['FUZZ_RUNS'] ?? 2_000);
const STATUSES = [200, 400, 403, 404, 413, 500];
const INSPECTOR2_STATUSES = [200, 400, 403, 404, 413];

async function seededSimulator(): Promise<EcrSimulator> {
  const sim = createSimulator({ clock: new FakeClock('2026-02-01T00:00:00Z'), seed: 'fuzz' });
  await sim.createRepository({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true } });
  await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
  await sim.pushImage({ repositoryName: 'app', imageTag: 'v2' });
  await sim.createRepository({ repositoryName: 'empty', tags: [{ Key: 'team', Value: 'core' }] });
  await sim.putLifecyclePolicy({
    repositoryName: 'app',
    lifecyclePolicyText:
      '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":9},"action":{"type":"expire"}}]}',
  });
  await sim.inspector2.enable({ resourceTypes: ['ECR'] });
  await sim.putRegistryScanningConfiguration({ scanType: 'BASIC' });
  return sim;
}

/** W4, W9: a restJson1 answer: application/json, a JSON object, errors named by x-amzn-errortype with a message. */
function expectWellFormedRestJson(res: EcrWireResponse): void {
  expect(INSPECTOR2_STATUSES).toContain(res.status);
  expect(res.headers['content-type']).toBe('application/json');
  expect(res.headers['x-amzn-requestid']).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  );
  expect(Number(res.headers['content-length'])).toBe(new TextEncoder().encode(res.body).length);
  const parsed: unknown = JSON.parse(res.body);
  expect(parsed).toBeTypeOf('object');
  expect(Array.isArray(parsed)).toBe(false);
  if (res.status !== 200) {
    expect(res.headers['x-amzn-errortype']).toMatch(/^[A-Za-z]+Exception$/);
    expect((parsed as { message?: unknown }).message).toBeTypeOf('string');
    expect(parsed).not.toHaveProperty('__type');
  }
}

function expectWellFormed(res: EcrWireResponse): void {
  expect(STATUSES).toContain(res.status);
  expect(res.headers['content-type']).toBe(JSON_CONTENT_TYPE);
  expect(res.headers['x-amzn-requestid']).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  );
  expect(Number(res.headers['content-length'])).toBe(new TextEncoder().encode(res.body).length);
  const parsed: unknown = JSON.parse(res.body);
  expect(parsed).toBeTypeOf('object');
  expect(Array.isArray(parsed)).toBe(false);
  if (res.status !== 200) {
    const error = parsed as { __type?: unknown; message?: unknown };
    expect(error.__type).toBeTypeOf('string');
    expect(error.message).toBeTypeOf('string');
    expect(res.headers['x-amzn-errortype']).toBe(error.__type);
  }
}

describe('wire fuzz', () => {
  it(
    `W1 X1: ${FUZZ_RUNS} random and adversarial requests get well-formed AWS JSON; errors change no state`,
    async () => {
      const sim = await seededSimulator();
      const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
      const started = performance.now();
      let requests = 0;
      const seen = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(adversarialRequest, async (request) => {
          const before = JSON.stringify(sim.snapshot());
          const res = await handleEcrRequest(sim, request, { maxBodyBytes: 100_000 });
          requests++;
          expectWellFormed(res);
          const type = res.status === 200 ? '200' : `${res.status} ${res.headers['x-amzn-errortype']}`;
          seen.set(type, (seen.get(type) ?? 0) + 1);
          if (res.status !== 200) expect(JSON.stringify(sim.snapshot())).toBe(before);
        }),
        { numRuns: FUZZ_RUNS },
      );
      const elapsed = performance.now() - started;
      process.stdout.write(`wire fuzz: ${requests} requests in ${Math.round(elapsed)} ms\n`);
      if (FUZZ_RUNS >= 1_000) {
        // The generator must reach every layer, or the property proves little.
        for (const type of [
          '200',
          '404 UnknownOperationException',
          '413 RequestEntityTooLargeException',
          '400 SerializationException',
          '400 UnknownOperationException',
          '400 InvalidParameterException',
          '400 RepositoryNotFoundException',
          '400 InvalidTagParameterException',
        ]) {
          expect(seen.get(type), type).toBeGreaterThan(0);
        }
      }
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
    Math.max(30_000, FUZZ_RUNS * 10),
  ); // a limit for long runs, not a timed assertion

  it(
    `W9 X1 S31: ${FUZZ_RUNS} random restJson1 requests (paths, methods, hosts, bodies) get well-formed Inspector2 answers; errors change no state`,
    async () => {
      const sim = await seededSimulator();
      const seen = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(adversarialInspector2Request, async (request) => {
          const before = JSON.stringify(sim.snapshot());
          const res = await handleSimulatorRequest(sim, request, { maxBodyBytes: 100_000 });
          // W7: on a custom endpoint, a path no Inspector2 operation has, unsigned for inspector2, is ECR's.
          const service = serviceOfRequest(request);
          if (service === 'ecr') expectWellFormed(res);
          else expectWellFormedRestJson(res);
          const type =
            res.status === 200
              ? `${service} 200`
              : `${service} ${res.status} ${res.headers['x-amzn-errortype']}`;
          seen.set(type, (seen.get(type) ?? 0) + 1);
          if (res.status !== 200) expect(JSON.stringify(sim.snapshot())).toBe(before);
        }),
        { numRuns: FUZZ_RUNS },
      );
      if (FUZZ_RUNS >= 1_000) {
        for (const type of [
          'inspector2 200',
          'inspector2 404 UnknownOperationException',
          'inspector2 413 RequestEntityTooLargeException',
          'inspector2 400 ValidationException',
          'inspector2 403 AccessDeniedException',
        ]) {
          expect(seen.get(type), type).toBeGreaterThan(0);
        }
      }
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
    Math.max(30_000, FUZZ_RUNS * 10),
  );

  it(
    `W7 W9: ${FUZZ_RUNS} ECR requests through handleSimulatorRequest answer exactly as handleEcrRequest does`,
    async () => {
      const a = await seededSimulator();
      const b = await seededSimulator();
      await fc.assert(
        fc.asyncProperty(adversarialRequest, async (request) => {
          // An ECR host or an x-amz-target header routes to ECR; other requests may be Inspector2's (W7).
          const url = request.url ?? '';
          const ecrShaped = /api\.ecr\./.test(url) || request.headers['x-amz-target'] !== undefined;
          if (!ecrShaped) return;
          const direct = await handleEcrRequest(a, request, { maxBodyBytes: 100_000 });
          const routed = await handleSimulatorRequest(b, request, { maxBodyBytes: 100_000 });
          expect(routed).toEqual(direct);
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    Math.max(30_000, FUZZ_RUNS * 10),
  );
});
