import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPrng, hashString } from './prng.js';

const NUM_RUNS = Number(process.env['NUM_RUNS'] ?? 50);

function take(n: number, next: () => number): number[] {
  return Array.from({ length: n }, next);
}

describe('hashString', () => {
  it('is stable across calls and returns an unsigned 32-bit integer', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const h = hashString(text);
        expect(h).toBe(hashString(text));
        expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('pins known values so the seed scheme never changes silently', () => {
    expect([hashString(''), hashString('a'), hashString('sha256:00')]).toEqual([
      2872998923, 444641715, 35377717,
    ]);
    expect(createPrng(0).int(1_000_000)).toBe(797729);
    expect(createPrng('x').fork('y').int(1_000_000)).toBe(609216);
    expect(new Set(['', 'a', 'b', 'ab', 'ba'].map(hashString)).size).toBe(5);
  });
});

describe('createPrng', () => {
  it('yields the same sequence for the same seed (numbers and strings)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.string()), (seed) => {
        const a = createPrng(seed);
        const b = createPrng(seed);
        expect(take(20, () => a.next())).toEqual(take(20, () => b.next()));
        expect(take(20, () => a.int(1000))).toEqual(take(20, () => b.int(1000)));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('yields different sequences for different seeds, including 1 and "1"', () => {
    const seqs = [0, 1, '1', 'x', 2 ** 40].map((s) => {
      const p = createPrng(s);
      return take(8, () => p.next()).join(',');
    });
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('next() stays in [0, 1) and int(n) in [0, n) for any n', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (seed, n) => {
        const p = createPrng(seed);
        for (let i = 0; i < 50; i++) {
          const x = p.next();
          expect(x >= 0 && x < 1).toBe(true);
          const k = p.int(n);
          expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('int() rejects a non-positive or fractional bound with a TypeError', () => {
    const p = createPrng(0);
    expect(() => p.int(0)).toThrow(TypeError);
    expect(() => p.int(-3)).toThrow(TypeError);
    expect(() => p.int(1.5)).toThrow(TypeError);
    expect(() => p.int(Number.NaN)).toThrow(TypeError);
  });

  it('fork(label) is independent of how far the parent has advanced', () => {
    const fresh = createPrng('seed').fork('tokens');
    const used = createPrng('seed');
    take(100, () => used.next());
    const forkedLater = used.fork('tokens');
    expect(take(10, () => forkedLater.next())).toEqual(take(10, () => fresh.next()));
  });

  it('forking does not shift the parent or sibling streams', () => {
    const plain = createPrng(7);
    const withForks = createPrng(7);
    const first = take(5, () => plain.next());
    withForks.fork('a').next();
    withForks.fork('b').next();
    expect(take(5, () => withForks.next())).toEqual(first);
  });

  it('different labels, and parent vs child, give different streams', () => {
    const root = createPrng(7);
    const streams = [root, root.fork('a'), root.fork('b'), root.fork('a').fork('b'), root.fork('ab')].map(
      (p) => take(8, () => p.next()).join(','),
    );
    expect(new Set(streams).size).toBe(streams.length);
  });

  it('distributes int(10) roughly uniformly (wide bounds, not a statistical proof)', () => {
    const p = createPrng('distribution');
    const buckets = new Array<number>(10).fill(0);
    const draws = 100_000;
    for (let i = 0; i < draws; i++) {
      const k = p.int(10);
      buckets[k] = (buckets[k] ?? 0) + 1;
    }
    for (const count of buckets) {
      // Expected 10,000 per bucket, standard deviation ≈ 95: ±5 % is > 5 sigma.
      expect(count).toBeGreaterThan(9_500);
      expect(count).toBeLessThan(10_500);
    }
    const q = createPrng('mean');
    const mean = take(10_000, () => q.next()).reduce((s, x) => s + x, 0) / 10_000;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
  });
});
