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
});
