import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDuration } from './parse-duration.js';

describe('parseDuration', () => {
  it.each([
    [1500, 1500],
    ['1500', 1500],
    ['500ms', 500],
    ['30s', 30_000],
    ['15m', 900_000],
    ['24h', 86_400_000],
    ['2d', 172_800_000],
    ['1.5h', 5_400_000],
    ['01:30', 90_000],
    ['1:00:00', 3_600_000],
    ['24:00:00', 86_400_000],
  ])('reads %j as %d ms', (input, expected) => {
    expect(parseDuration(input)).toBe(expected);
  });

  it.each([
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '-5s',
    '5 parsecs',
    '',
    '1:60',
    '1:00:75',
    '1:2:3:4',
    's',
  ])('refuses %j with a TypeError', (input) => {
    expect(() => parseDuration(input)).toThrow(TypeError);
    expect(() => parseDuration(input)).toThrow(/\[ecr-scan-sim\]/);
  });

  it('reads hh:mm:ss as the sum of its parts (property)', () => {
    fc.assert(
      fc.property(fc.nat(99), fc.nat(59), fc.nat(59), (h, m, s) => {
        const text = `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
        expect(parseDuration(text)).toBe(((h * 60 + m) * 60 + s) * 1000);
      }),
    );
  });
});
