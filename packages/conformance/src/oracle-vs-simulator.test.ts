import { describe, expect, it } from 'vitest';
import { runConformance } from './run/run-conformance.js';
import { readSettings } from './run/settings.js';

/**
 * The oracle against the simulator alone (no transport): the quickest loop when the simulator changes.
 * Not counted in the `conformance:` line, which sums the transports.
 */
describe('oracle ≡ simulator (in process, no transport)', () => {
  it('Q1, Q4, L2, A1: the oracle predicts every status and exception name of the simulator', async () => {
    const settings = readSettings();
    const runs = Math.max(50, Math.ceil(settings.totalRuns / 10));
    const counter = await runConformance(undefined, runs, settings);
    expect(counter.sequences).toBeGreaterThanOrEqual(runs);
  });
});
