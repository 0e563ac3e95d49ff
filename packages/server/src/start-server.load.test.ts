import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './glossary.js';
import { startServer } from './start-server.js';

/**
 * A bounded concurrent load on loopback: CLIENTS keep-alive connections, each sending LOAD_REQUESTS mixed requests
 * (default 100, so 5,000 in all and CI stays fast; the full run is LOAD_REQUESTS=2000, 100,000 requests).
 */
const CLIENTS = 50;
const PER_CLIENT = Number(process.env.LOAD_REQUESTS ?? 100);
const PREFIX = 'AmazonEC2ContainerRegistry_V20150921';
const IMAGES = 20;

let server: RunningServer;
let agent: Agent;

function send(
  method: string,
  path: string,
  target?: string,
  body = '',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/x-amz-json-1.1' };
    if (target !== undefined) headers['x-amz-target'] = `${PREFIX}.${target}`;
    const req = request({ agent, host: '127.0.0.1', port: server.port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** One mixed request; resolves to an error description when the answer was not one we expect. */
async function mixed(n: number): Promise<string | undefined> {
  const imageTag = `t${n % IMAGES}`;
  const imageId = JSON.stringify({ repositoryName: 'load', imageId: { imageTag } });
  const kind = n % 6;
  const res =
    kind === 0
      ? await send('POST', '/', 'DescribeRepositories', '{}')
      : kind === 1
        ? await send('POST', '/', 'DescribeImages', '{"repositoryName":"load","maxResults":5}')
        : kind === 2
          ? await send('POST', '/', 'StartImageScan', imageId)
          : kind === 3
            ? await send('GET', '/_sim/clock')
            : await send('POST', '/', 'DescribeImageScanFindings', imageId);
  if (res.status === 200) return undefined;
  // A repeated scan of the same image inside 24 h is the modelled answer (rule Q1), not a failure.
  if (kind === 2 && res.status === 400 && res.body.includes('LimitExceededException')) return undefined;
  return `${kind}:${res.status}:${res.body.slice(0, 120)}`;
}

async function run(perClient: number): Promise<{ requests: number; errors: string[]; ms: number }> {
  const errors: string[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = 0; i < perClient; i++) {
        const problem = await mixed(c * perClient + i).catch((error: Error) => `network:${error.message}`);
        if (problem !== undefined) errors.push(problem);
      }
    }),
  );
  return { requests: CLIENTS * perClient, errors, ms: performance.now() - started };
}

const heapUsed = (): number => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
};

beforeAll(async () => {
  server = await startServer({ port: 0, clock: 'fake' });
  agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  await server.simulator.createRepository({
    repositoryName: 'load',
    imageScanningConfiguration: { scanOnPush: true },
  });
  for (let i = 0; i < IMAGES; i++)
    await server.simulator.pushImage({ repositoryName: 'load', imageTag: `t${i}` });
});

afterAll(async () => {
  agent.destroy();
  await server.close();
});

describe('load on loopback', () => {
  it(
    `answers ${CLIENTS} concurrent keep-alive clients × ${PER_CLIENT} mixed requests with no unexpected error`,
    async () => {
      await run(Math.min(20, PER_CLIENT));
      const before = heapUsed();
      const result = await run(PER_CLIENT);
      const after = heapUsed();
      const growth = after - before;
      // Published by the measurement script; kept out of assertions (no timed assertions).
      console.info(
        `[load] ${result.requests} requests, ${result.errors.length} errors, ${Math.round(result.ms)} ms, heap ${Math.round(before / 1048576)} → ${Math.round(after / 1048576)} MiB`,
      );
      expect(result.errors).toEqual([]);
      // The simulator keeps every call in sim.calls (by design), so the bound is per request: a leaked socket or
      // body buffer would blow through it, the call log does not.
      expect(growth).toBeLessThan(32 * 1024 * 1024 + result.requests * 4096);
    },
    // A timeout catches a hang, it does not time the run: on a shared 2-core CI machine 5,000 requests took > 30 s.
    Math.max(120_000, CLIENTS * PER_CLIENT * 5),
  );
});
