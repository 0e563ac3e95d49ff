/**
 * Rule X1: a rejected call changes nothing. The comparison is `sim.snapshot()` before and after each rejected call;
 * the snapshot holds all ECR state and not the `sim.calls` log (which records rejected calls too, by design).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulator } from './create-simulator.js';
import { runStep, seedState, steps } from './test-support/random-calls.js';

const NUM_RUNS = Number(process.env['NUM_RUNS'] ?? 60);

describe('atomicity', () => {
  it('X1: every rejected call leaves the snapshot unchanged', async () => {
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(steps(40), async (sequence) => {
        const sim = createSimulator({ quotas: { accountScanLimit: 3 } });
        await seedState(sim);
        for (const step of sequence) {
          const before = sim.snapshot();
          const result = (await runStep(sim, step)) as { error?: unknown };
          if (step.kind === 'call' && result.error !== undefined) {
            rejected++;
            expect(sim.snapshot()).toEqual(before);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
    expect(rejected).toBeGreaterThan(NUM_RUNS);
  });
});
