/**
 * Per-call cost of the real ECRClient against the simulator through MSW's `setupServer` (Node), against the wire's
 * in-process Smithy handler and the bare dispatcher. Not a test: it prints µs per call (median and p90).
 * The variants run interleaved, in blocks of 50 calls, so a busy machine slows them all alike.
 *
 *   pnpm --filter @ecr-scan-sim/msw exec tsx scripts/measure-per-call.ts [calls per variant, default 2000]
 */
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { DescribeImageScanFindingsCommand, ECRClient } from '@aws-sdk/client-ecr';
import { createSimulator } from '@ecr-scan-sim/simulator';
import { createSimulatorHandler, handleEcrRequest } from '@ecr-scan-sim/wire';
import { setupServer } from 'msw/node';
import msw from 'msw/package.json' with { type: 'json' };
import { createEcrHandlers } from '../src/create-ecr-handlers.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const calls = Number(process.argv[2] ?? 2_000);
const block = 50;
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' };

const sim = createSimulator();
const repositoryName = 'measure';
await sim.createRepository({ repositoryName, imageScanningConfiguration: { scanOnPush: true } });
const { imageDigest } = await sim.pushImage({ repositoryName, imageTag: 'v1' });
sim.clock.tick('30s');
const input = { repositoryName, imageId: { imageDigest }, maxResults: 10 };
const body = JSON.stringify(input);
const headers = {
  'content-type': 'application/x-amz-json-1.1',
  'x-amz-target': 'AmazonEC2ContainerRegistry_V20150921.DescribeImageScanFindings',
};

const inProcess = new ECRClient({
  region: 'us-east-1',
  credentials,
  requestHandler: createSimulatorHandler(sim),
});
const server = setupServer(...createEcrHandlers(sim));
server.listen({ onUnhandledFrame: 'error' });
const throughMsw = new ECRClient({ region: 'us-east-1', credentials }); // the SDK's default NodeHttpHandler

const variants: Array<{ name: string; once: () => Promise<unknown>; samples: number[] }> = [
  {
    name: 'wire handleEcrRequest (no client)',
    once: () =>
      handleEcrRequest(sim, {
        method: 'POST',
        url: 'https://api.ecr.us-east-1.amazonaws.com/',
        headers,
        body,
      }),
    samples: [],
  },
  {
    name: 'ECRClient + createSimulatorHandler (in process)',
    once: () => inProcess.send(new DescribeImageScanFindingsCommand(input)),
    samples: [],
  },
  {
    name: 'ECRClient + msw setupServer (node:https)',
    once: () => throughMsw.send(new DescribeImageScanFindingsCommand(input)),
    samples: [],
  },
];

for (const variant of variants) for (let i = 0; i < 200; i++) await variant.once(); // warm-up
for (let done = 0; done < calls; done += block) {
  for (const variant of variants) {
    for (let i = 0; i < block; i++) {
      const start = performance.now();
      await variant.once();
      variant.samples.push((performance.now() - start) * 1000);
    }
  }
}
server.close();

for (const { name, samples } of variants) {
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    (samples[Math.floor(q * (samples.length - 1))] ?? Number.NaN).toFixed(0).padStart(6);
  console.log(`${name.padEnd(48)} median ${at(0.5)} µs   p90 ${at(0.9)} µs   (${samples.length} calls)`);
}
console.log(`node ${process.version}, msw ${msw.version}`);
