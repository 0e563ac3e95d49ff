import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeOutput } from './encode-output.js';

describe('encodeOutput', () => {
  it('W2: writes Dates as epoch seconds (JSON numbers, fractional for milliseconds), never ISO strings', () => {
    const json = encodeOutput({
      imageScanFindings: {
        imageScanCompletedAt: new Date(1579839105123),
        vulnerabilitySourceUpdatedAt: new Date(1579811117000),
      },
    });
    expect(json).toBe(
      '{"imageScanFindings":{"imageScanCompletedAt":1579839105.123,"vulnerabilitySourceUpdatedAt":1579811117}}',
    );
    expect(json).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('W2: omits undefined members and keeps null, false, 0, empty strings and empty containers', () => {
    expect(encodeOutput({ a: undefined, b: null, c: false, d: 0, e: '', f: [], g: {} })).toBe(
      '{"b":null,"c":false,"d":0,"e":"","f":[],"g":{}}',
    );
    expect(encodeOutput(undefined)).toBe('{}');
  });

  it('W2: any tree of JSON values and Dates round-trips, Dates becoming ms / 1000', () => {
    const leaf = fc.oneof(
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.date({ noInvalidDate: true }),
      fc.constant(undefined),
    );
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node')),
        fc.dictionary(fc.string(), tie('node')),
      ),
    })).node;
    const expected = (v: unknown): unknown => {
      if (v instanceof Date) return v.getTime() / 1000;
      if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : expected(x)));
      if (v !== null && typeof v === 'object') {
        const out: Record<string, unknown> = Object.create(null);
        for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = expected(x);
        return out;
      }
      return Object.is(v, -0) ? 0 : v;
    };
    fc.assert(
      fc.property(fc.dictionary(fc.string(), tree), (output) => {
        const parsed = JSON.parse(encodeOutput(output), function revive(this: unknown, _k, v) {
          if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
            return Object.assign(Object.create(null), v);
          }
          return v;
        });
        expect(parsed).toEqual(expected(output));
      }),
    );
  });

  it.each([
    ['a bigint', { n: 10n }],
    ['a function', { f: () => 1 }],
    ['NaN', { n: Number.NaN }],
    ['Infinity', { n: Number.POSITIVE_INFINITY }],
    ['an invalid Date', { d: new Date(Number.NaN) }],
    ['a Uint8Array', { b: new Uint8Array(1) }],
  ])('refuses %s with a TypeError (a simulator bug, answered as a 500)', (_, output) => {
    expect(() => encodeOutput(output)).toThrow(TypeError);
  });
});
