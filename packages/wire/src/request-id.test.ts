import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hash128 } from './internal/hash128.js';
import { nextRequestId, requestIdFrom } from './request-id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it('are UUID-shaped and a function of (seed, counter)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.string()), fc.nat(), (seed, counter) => {
        const id = requestIdFrom(seed, counter);
        expect(id).toMatch(UUID);
        expect(requestIdFrom(seed, counter)).toBe(id);
      }),
    );
  });

  it('are the hash words in hex with the version and variant digits set', () => {
    const hex8 = (n: number) => n.toString(16).padStart(8, '0');
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.string()), fc.nat(), (seed, counter) => {
        const hex = hash128(`${typeof seed}:${seed}\u0000${counter}`)
          .map(hex8)
          .join('');
        const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
        const expected = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
        expect(requestIdFrom(seed, counter)).toBe(expected);
      }),
    );
  });

  it('differ between counters, and between a numeric and a string seed', () => {
    const ids = new Set(Array.from({ length: 10_000 }, (_, i) => requestIdFrom(7, i)));
    expect(ids.size).toBe(10_000);
    expect(requestIdFrom(0, 0)).not.toBe(requestIdFrom('0', 0));
  });

  it('count per simulator: twins with one seed get the same sequence', () => {
    const a = { options: { seed: 42 } } as Parameters<typeof nextRequestId>[0];
    const b = { options: { seed: 42 } } as Parameters<typeof nextRequestId>[0];
    const fromA = [nextRequestId(a), nextRequestId(a), nextRequestId(a)];
    expect(new Set(fromA).size).toBe(3);
    expect([nextRequestId(b), nextRequestId(b), nextRequestId(b)]).toEqual(fromA);
  });
});
