import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCounts } from './run/record-counts.js';
import { runConformance } from './run/run-conformance.js';
import { readSettings } from './run/settings.js';
import { runsPerTransport } from './run/transport-share.js';
import { mswTransport } from './transports/msw-transport.js';

const server = setupServer();

describe('conformance over MSW setupServer (createEcrHandlers)', () => {
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterAll(() => server.close());

  it('oracle ≡ simulator ≡ EcrScanClient over MSW, after every command', async () => {
    const settings = readSettings();
    const transport = mswTransport(server);
    const counter = await runConformance(transport, runsPerTransport(settings), settings);
    recordCounts(transport.name, counter);
    expect(counter.sequences).toBeGreaterThanOrEqual(runsPerTransport(settings));
  });
});
