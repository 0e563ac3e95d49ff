import { describe, expect, it } from 'vitest';
import { recordCounts } from './run/record-counts.js';
import { runConformance } from './run/run-conformance.js';
import { readSettings } from './run/settings.js';
import { runsPerTransport } from './run/transport-share.js';
import { serverTransport } from './transports/server-transport.js';

describe('conformance over the HTTP server (startServer on port 0)', () => {
  it('oracle ≡ simulator ≡ EcrScanClient over loopback HTTP, after every command', async () => {
    const settings = readSettings();
    const counter = await runConformance(serverTransport, runsPerTransport(settings), settings);
    recordCounts(serverTransport.name, counter);
    expect(counter.sequences).toBeGreaterThanOrEqual(runsPerTransport(settings));
  });
});
