/**
 * Determinism: the same seed, clock and calls give deep-equal outputs and snapshots; a simulator restored from a
 * snapshot behaves exactly like the one that took it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulator } from './create-simulator.js';
import { runStep, seedState, steps } from './test-support/random-calls.js';

const NUM_RUNS = Number(process.env['NUM_RUNS'] ?? 40);

describe('determinism', () => {
  it('same seed + same clock + same calls → deep-equal outputs, events and snapshots', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer(), fc.string()), steps(40), async (seed, sequence) => {
        const [a, b] = [
          createSimulator({ seed, engine: 'CLAIR' }),
          createSimulator({ seed, engine: 'CLAIR' }),
        ];
        await seedState(a);
        await seedState(b);
        for (const step of sequence) expect(await runStep(a, step)).toEqual(await runStep(b, step));
        expect(a.snapshot()).toEqual(b.snapshot());
        expect(a.events).toEqual(b.events);
        expect(a.calls).toEqual(b.calls);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('a simulator restored from a snapshot behaves exactly like the original', async () => {
    await fc.assert(
      fc.asyncProperty(steps(25), steps(25), async (before, after) => {
        const original = createSimulator({
          seed: 'round-trip',
          quotas: { accountScanLimit: 4 },
          engine: 'CLAIR',
        });
        await seedState(original);
        for (const step of before) await runStep(original, step);
        const snapshot = JSON.parse(JSON.stringify(original.snapshot()));
        const restored = createSimulator({ snapshot });
        expect(restored.options).toEqual(original.options);
        expect(restored.clock.now()).toBe(original.clock.now());
        expect(restored.snapshot()).toEqual(original.snapshot());
        for (const step of after)
          expect(await runStep(restored, step)).toEqual(await runStep(original, step));
        expect(restored.snapshot()).toEqual(original.snapshot());
        expect(restored.events).toEqual(original.events);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
