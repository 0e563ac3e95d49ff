// Measures the cost of one in-process SDK call (ECRClient → createSimulatorHandler → simulator), as the median of
// many calls, next to the dispatcher alone and the simulator alone. Not a test: numbers vary by machine.
// Run from the repository root after building the packages it imports:
//   pnpm turbo run build --filter=@ecr-scan-sim/wire... && AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true \
//   node packages/wire/scripts/measure-call.mjs [calls]
import { DescribeImageScanFindingsCommand, DescribeImagesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { createSimulator, FakeClock } from '@ecr-scan-sim/simulator';
import { createSimulatorHandler, handleEcrRequest } from '@ecr-scan-sim/wire';

const CALLS = Number(process.argv[2] ?? 5_000);
const WARM_UP = 500;

async function medianMicros(label, fn) {
  for (let i = 0; i < WARM_UP; i++) await fn();
  const samples = new Float64Array(CALLS);
  for (let i = 0; i < CALLS; i++) {
    const t0 = performance.now();
    await fn();
    samples[i] = performance.now() - t0;
  }
  samples.sort();
  const us = (q) => (samples[Math.floor(q * (CALLS - 1))] * 1000).toFixed(1);
  console.log(`${label.padEnd(46)} median ${us(0.5).padStart(7)} µs   p90 ${us(0.9).padStart(7)} µs`);
}

const clock = new FakeClock('2026-01-01T00:00:00Z');
const sim = createSimulator({ clock, seed: 1 });
await sim.createRepository({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true } });
const { imageDigest } = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
clock.tick(30_000);

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' };
const client = new ECRClient({
  region: 'us-east-1',
  credentials,
  requestHandler: createSimulatorHandler(sim),
});
const describeImages = { repositoryName: 'app' };
const findings = { repositoryName: 'app', imageId: { imageDigest } };
const wireRequest = {
  method: 'POST',
  url: 'https://api.ecr.us-east-1.amazonaws.com/',
  headers: {
    'content-type': 'application/x-amz-json-1.1',
    'x-amz-target': 'AmazonEC2ContainerRegistry_V20150921.DescribeImages',
  },
  body: JSON.stringify(describeImages),
};

const page = await sim.call('DescribeImageScanFindings', findings);
console.log(`node ${process.version}, ${CALLS} calls each after ${WARM_UP} warm-up calls`);
console.log(`(DescribeImageScanFindings page: ${page.imageScanFindings?.findings?.length} findings)`);
await medianMicros('simulator.call DescribeImages', () => sim.call('DescribeImages', describeImages));
await medianMicros('handleEcrRequest DescribeImages', () => handleEcrRequest(sim, wireRequest));
await medianMicros('ECRClient.send DescribeImages (in-process)', () =>
  client.send(new DescribeImagesCommand(describeImages)),
);
await medianMicros('simulator.call DescribeImageScanFindings', () =>
  sim.call('DescribeImageScanFindings', findings),
);
await medianMicros('handleEcrRequest DescribeImageScanFindings', () =>
  handleEcrRequest(sim, {
    ...wireRequest,
    headers: {
      ...wireRequest.headers,
      'x-amz-target': 'AmazonEC2ContainerRegistry_V20150921.DescribeImageScanFindings',
    },
    body: JSON.stringify(findings),
  }),
);
await medianMicros('ECRClient.send DescribeImageScanFindings', () =>
  client.send(new DescribeImageScanFindingsCommand(findings)),
);
