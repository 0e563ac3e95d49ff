import { describe, expect, it } from 'vitest';
import { recordCounts } from './run/record-counts.js';
import { runConformance } from './run/run-conformance.js';
import { readSettings } from './run/settings.js';
import { runsPerTransport } from './run/transport-share.js';
import { handlerTransport } from './transports/handler-transport.js';

describe('conformance over createSimulatorHandler (in-process ECRClient)', () => {
  it('oracle ≡ simulator ≡ EcrScanClient over the Smithy handler, after every command', async () => {
    const settings = readSettings();
    const counter = await runConformance(handlerTransport, runsPerTransport(settings), settings);
    recordCounts(handlerTransport.name, counter);
    expect(counter.sequences).toBeGreaterThanOrEqual(runsPerTransport(settings));
  });
});
