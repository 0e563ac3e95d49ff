import { createSimulator, FakeClock } from '@ecr-scan-sim/simulator';
import { createSimulatorHandler } from '@ecr-scan-sim/wire';
import type { Transport } from '../run/run-conformance.js';
import { adapterFor, inspectorFor } from './client-for.js';

/** `EcrScanClient` → `ECRClient` → `createSimulatorHandler` (in process, full wire encode/decode). */
export const handlerTransport: Transport = {
  name: 'smithy-handler',
  async openTwin(options, startTime) {
    const clock = new FakeClock(startTime);
    const simulator = createSimulator({ ...options, clock });
    const requestHandler = createSimulatorHandler(simulator);
    const api = adapterFor({ requestHandler });
    const inspector = inspectorFor({ requestHandler });
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
