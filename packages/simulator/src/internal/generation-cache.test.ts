import { describe, expect, it } from 'vitest';
import { GenerationCache, identityKey } from './generation-cache.js';

describe('GenerationCache', () => {
  it('makes a value once per key and keeps at most its capacity in weight, least recently used out first', () => {
    const cache = new GenerationCache<string>(3);
    let made = 0;
    const get = (key: string, weight = 1) =>
      cache.get(
        key,
        () => `${key}#${made++}`,
        () => weight,
      );
    expect([get('a'), get('b'), get('a')]).toEqual(['a#0', 'b#1', 'a#0']);
    get('c');
    get('d'); // 4 > 3: 'b' (least recently used) goes
    expect([cache.size, cache.weight]).toEqual([3, 3]);
    expect(get('b')).toBe('b#4');
    expect(get('x', 2)).toBe('x#5'); // evicts until it fits
    expect(cache.weight).toBeLessThanOrEqual(3);
    expect(get('huge', 4)).toBe('huge#6');
    expect(get('huge', 4)).toBe('huge#7'); // heavier than the capacity: made, never kept
  });

  it('identityKey: one number per object, 0 for undefined', () => {
    const a = {};
    expect(identityKey(a)).toBe(identityKey(a));
    expect(identityKey({})).not.toBe(identityKey(a));
    expect(identityKey(undefined)).toBe(0);
  });
});
