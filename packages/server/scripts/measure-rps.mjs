#!/usr/bin/env node
// Measures requests per second on loopback (not a test: numbers depend on the machine).
// Usage: pnpm turbo run build --filter=@ecr-scan-sim/server... && node packages/server/scripts/measure-rps.mjs [seconds] [concurrency]
import { Agent, request } from 'node:http';
import { startServer } from '../dist/index.js';

const SECONDS = Number(process.argv[2] ?? 5);
const CONCURRENCY = Number(process.argv[3] ?? 50);
const IMAGES = 200;
const PREFIX = 'AmazonEC2ContainerRegistry_V20150921';

function send(agent, port, target, body) {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `${PREFIX}.${target}` };
    const req = request({ agent, host: '127.0.0.1', port, method: 'POST', path: '/', headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function measure(label, simulatorOptions, target, bodyOf) {
  const server = await startServer({ port: 0, clock: 'fake', simulator: simulatorOptions });
  const sim = server.simulator;
  await sim.createRepository({ repositoryName: 'bench', imageScanningConfiguration: { scanOnPush: true } });
  for (let i = 0; i < IMAGES; i++) await sim.pushImage({ repositoryName: 'bench', imageTag: `t${i}` });
  server.clock.tick(60_000);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const statuses = new Map();
  let n = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const status = await send(agent, server.port, target, bodyOf(n++));
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  await server.close();
  const total = [...statuses.values()].reduce((a, b) => a + b, 0);
  console.log(
    `${label}: ${Math.round(total / seconds)} req/s (${total} requests in ${seconds.toFixed(1)} s, concurrency ${CONCURRENCY}, statuses ${JSON.stringify(Object.fromEntries(statuses))})`,
  );
}

const imageId = (n) => JSON.stringify({ repositoryName: 'bench', imageId: { imageTag: `t${n % IMAGES}` } });
await measure(
  'StartImageScan (accepted: per-image window 0)',
  { quotas: { perImageWindowMs: 0, accountScanLimit: 1e9 } },
  'StartImageScan',
  imageId,
);
await measure('StartImageScan (refused by Q1)', {}, 'StartImageScan', imageId);
await measure(
  'DescribeImageScanFindings (COMPLETE, ~28 KB of findings)',
  {},
  'DescribeImageScanFindings',
  imageId,
);
await measure(
  'DescribeRepositories (transport floor: tiny operation)',
  {},
  'DescribeRepositories',
  () => '{}',
);
