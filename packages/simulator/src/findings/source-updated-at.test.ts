import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vulnerabilitySourceUpdatedAt } from './index.js';

const NUM_RUNS = Number(process.env['NUM_RUNS'] ?? 100);
const HOUR = 3_600_000;

describe('vulnerabilitySourceUpdatedAt', () => {
  it('F1: lies 1 h to 8 h before completion, on a whole second, deterministically', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.string()),
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        (seed, at) => {
          const t = vulnerabilitySourceUpdatedAt(seed, at);
          expect(t).toBeLessThanOrEqual(at);
          expect(at - t).toBeGreaterThanOrEqual(HOUR);
          expect(at - t).toBeLessThan(8 * HOUR);
          expect(Math.abs(t % 1000)).toBe(0);
          expect(vulnerabilitySourceUpdatedAt(seed, at)).toBe(t);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('is one feed time for every scan completed in the same 6-hour period, and moves with the seed', () => {
    const base = Date.UTC(2026, 0, 1, 7, 0, 0);
    const same = [0, 30, 119, 299].map((min) => vulnerabilitySourceUpdatedAt(0, base + min * 60_000));
    expect(new Set(same).size).toBe(1);
    expect(vulnerabilitySourceUpdatedAt(0, base + 6 * HOUR)).toBeGreaterThan(same[0] ?? 0);
    const seeds = [0, 1, 2, 3, 'a', 'b'].map((seed) => vulnerabilitySourceUpdatedAt(seed, base));
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('refuses a non-finite completion time', () => {
    expect(() => vulnerabilitySourceUpdatedAt(0, Number.NaN)).toThrow(TypeError);
  });
});
