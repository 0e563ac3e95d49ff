import { startServer } from '@ecr-scan-sim/server';
import { FakeClock } from '@ecr-scan-sim/simulator';
import type { Transport } from '../run/run-conformance.js';
import { adapterFor, inspectorFor } from './client-for.js';

/** `EcrScanClient` → `ECRClient` → real HTTP on loopback → `startServer({ port: 0 })`. One server per sequence. */
export const serverTransport: Transport = {
  name: 'http-server',
  async openTwin(options, startTime) {
    const clock = new FakeClock(startTime);
    const server = await startServer({ port: 0, clock, simulator: options });
    const api = adapterFor({ endpoint: server.url });
    const inspector = inspectorFor({ endpoint: server.url });
    return {
      simulator: server.simulator,
      api,
      inspector,
      tick: (ms) => void clock.tick(ms),
      close: async () => {
        api.client.destroy();
        inspector.destroy();
        await server.close();
      },
    };
  },
};
