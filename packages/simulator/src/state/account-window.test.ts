import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuotaOptions } from '../glossary.js';
import { AccountWindow } from './account-window.js';

const rolling: QuotaOptions = {
  perImageWindowMs: 0,
  accountScanLimit: 3,
  accountWindowMs: 100,
  window: 'rolling',
};
const ops = fc.array(fc.record({ record: fc.boolean(), at: fc.integer({ min: 0, max: 1000 }) }), {
  maxLength: 80,
});

describe('AccountWindow', () => {
  it('Q4: counts starts later than now - window; a start leaves exactly one window after it', () => {
    const window = new AccountWindow();
    window.record(0, rolling);
    window.record(50, rolling);
    expect(window.count(99, rolling)).toBe(2);
    expect(window.count(100, rolling)).toBe(1);
    expect(window.count(150, rolling)).toBe(0);
    expect(window.hasRoom(99, rolling)).toBe(true);
  });

  it('Q4: with a forward clock the count equals a plain filter over every start (property)', () => {
    fc.assert(
      fc.property(ops, (steps) => {
        const window = new AccountWindow();
        const all: number[] = [];
        let now = 0;
        for (const { record, at } of steps) {
          now += at % 60; // forward only
          if (record) {
            window.record(now, rolling);
            all.push(now);
          }
          expect(window.count(now, rolling)).toBe(
            all.filter((t) => t > now - rolling.accountWindowMs).length,
          );
        }
      }),
    );
  });

  it('X1/T1: counting changes nothing, in any time order; it counts what is kept (property)', () => {
    fc.assert(
      fc.property(ops, (steps) => {
        const window = new AccountWindow();
        for (const { record, at } of steps) {
          if (record) window.record(at, rolling);
          const kept = window.toJSON();
          expect(kept).toEqual([...kept].sort((a, b) => a - b));
          expect(window.count(at, rolling)).toBe(kept.filter((t) => t > at - rolling.accountWindowMs).length);
          expect(window.toJSON()).toEqual(kept);
        }
      }),
    );
  });

  const utcDay: QuotaOptions = { ...rolling, window: 'utc-day' };

  it.each([
    ['rolling', rolling],
    ['utc-day', utcDay],
  ])(
    'Q4/Q7 (%s): nextFreeAt is the first moment hasRoom holds again, and the histogram sums to the count (property)',
    (_name, quotas) => {
      fc.assert(
        fc.property(
          ops,
          fc.integer({ min: 0, max: 400_000_000 }),
          fc.integer({ min: 1, max: 50 }),
          (steps, now, slices) => {
            const window = new AccountWindow();
            for (const { record, at } of steps) if (record) window.record(at * 100_000, quotas);
            const next = window.nextFreeAt(now, quotas);
            if (next === undefined) throw new Error('a positive limit always frees');
            expect(next).toBeGreaterThanOrEqual(now);
            expect(window.hasRoom(next, quotas)).toBe(true);
            if (next > now) expect(window.hasRoom(next - 1, quotas)).toBe(false);
            const histogram = window.histogram(now, quotas, slices);
            expect(histogram).toHaveLength(slices);
            expect(histogram.reduce((a, b) => a + b, 0)).toBe(window.count(now, quotas));
          },
        ),
      );
    },
  );

  it('Q4: the histogram puts each counting start in its slice of the window', () => {
    const quotas = { ...rolling, accountScanLimit: 10 };
    const window = new AccountWindow([10, 60, 61, 140, 199, 200]);
    // At 200 the window is (100, 200]: 140 in the first half, 199 and 200 in the second.
    expect(window.histogram(200, quotas, 2)).toEqual([1, 2]);
    expect(window.nextFreeAt(200, quotas)).toBe(200);
  });

  it('Q4: a full window frees when its oldest counting start leaves; a limit of 0 never frees', () => {
    const window = new AccountWindow([10, 50, 90]);
    expect(window.nextFreeAt(95, rolling)).toBe(110);
    expect(window.nextFreeAt(95, { ...rolling, accountScanLimit: 0 })).toBeUndefined();
    expect(window.nextFreeAt(95, { ...utcDay, accountWindowMs: 86_400_000 })).toBe(86_400_000);
  });
});
