import { describe, expect, it } from 'vitest';
import { cleanInput } from './clean-input.js';

describe('cleanInput', () => {
  it('drops null and undefined members at any depth and copies everything', () => {
    const input = { a: null, b: undefined, c: { d: null, e: [1, { f: null, g: 'x' }] }, h: 'y' };
    const clean = cleanInput(input) as { c: { e: unknown[] } };
    expect(clean).toEqual({ c: { e: [1, { g: 'x' }] }, h: 'y' });
    expect(clean.c).not.toBe(input.c);
  });

  it('never copies a __proto__ key into the prototype', () => {
    const clean = cleanInput(JSON.parse('{"__proto__":{"polluted":true},"x":1}')) as Record<string, unknown>;
    expect(clean).toEqual({ x: 1 });
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
