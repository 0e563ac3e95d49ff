import { describe, expect, it } from 'vitest';
import { findingsCache, findingsFor } from './findings-set.js';

const D = `sha256:${'c'.repeat(64)}`;

describe('findings cache', () => {
  it('F1: pages from the cache equal pages generated afresh, and callers own what they get', () => {
    const profile = { severityCounts: { HIGH: 150, LOW: 200 } };
    const read = () => [0, 99, 128, 300].map((offset) => findingsFor(7, D, profile).page(offset, 100));
    const cached = read();
    const again = read();
    expect(again).toEqual(cached);
    const first = again[0]?.[0];
    if (first?.attributes?.[0]) first.attributes[0].value = 'mutated';
    expect(read()).toEqual(cached);
    findingsCache.clear();
    expect(read()).toEqual(cached);
    expect(findingsCache.weight).toBeLessThanOrEqual(findingsCache.capacity);
  });
});
