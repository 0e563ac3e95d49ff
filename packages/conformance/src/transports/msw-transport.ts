import { createEcrHandlers } from '@ecr-scan-sim/msw';
import { createSimulator, FakeClock } from '@ecr-scan-sim/simulator';
import type { SetupServer } from 'msw/node';
import type { Transport } from '../run/run-conformance.js';
import { adapterFor, inspectorFor } from './client-for.js';

/**
 * `EcrScanClient` → `ECRClient` → Node HTTP, intercepted by MSW `setupServer` with `createEcrHandlers`.
 * The MSW server is started once by the test file; each twin swaps the handlers.
 */
export function mswTransport(server: SetupServer): Transport {
  return {
    name: 'msw',
    async openTwin(options, startTime) {
      const clock = new FakeClock(startTime);
      const simulator = createSimulator({ ...options, clock });
      server.resetHandlers(...createEcrHandlers(simulator));
      const api = adapterFor({});
      const inspector = inspectorFor({});
      return {
        simulator,
        api,
        inspector,
        tick: (ms) => void clock.tick(ms),
        close: async () => {
          api.client.destroy();
          inspector.destroy();
        },
      };
    },
  };
}
