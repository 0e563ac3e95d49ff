import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength } from './engine.js';
import { jsonToken } from './json-types.js';
import { validateInput } from './validate.js';

const serialization = (message: string) => ({ name: 'SerializationException', message });
const check = (input: unknown) => {
  const error = validateInput('DescribeImages', input);
  return error && { name: error.name, message: error.message };
};

describe('V4: JSON types (SerializationException, Coral wording)', () => {
  it.each([
    [{ repositoryName: 42 }, 'NUMBER_VALUE can not be converted to String'],
    [{ repositoryName: true }, 'TRUE_VALUE can not be converted to String'],
    [{ repositoryName: ['app'] }, 'START_ARRAY can not be converted to String'],
    [{ repositoryName: { name: 'app' } }, 'START_OBJECT can not be converted to String'],
    [{ repositoryName: 'app', maxResults: '10' }, 'STRING_VALUE can not be converted to Integer'],
    [{ repositoryName: 'app', maxResults: false }, 'FALSE_VALUE can not be converted to Integer'],
    [{ repositoryName: 'app', imageIds: { imageTag: 'x' } }, 'START_OBJECT can not be converted to list'],
    [{ repositoryName: 'app', imageIds: ['latest'] }, 'STRING_VALUE can not be converted to structure'],
    [{ repositoryName: 'app', filter: [] }, 'START_ARRAY can not be converted to structure'],
    [{ repositoryName: 'app', filter: { tagStatus: 1 } }, 'NUMBER_VALUE can not be converted to String'],
  ])('V4: %j', (input, message) => {
    expect(check(input)).toEqual(serialization(message));
  });

  it('V4: a boolean member', () => {
    const error = validateInput('DeleteRepository', { repositoryName: 'app', force: 'yes' });
    expect(error?.message).toBe('STRING_VALUE can not be converted to Boolean');
  });

  it('V4: a body that is not a JSON object', () => {
    for (const body of [[], 'x', 1, true, [{ repositoryName: 'app' }], new Date(0)])
      expect(check(body)).toEqual(serialization('Start of structure or map found where not expected.'));
  });

  it('V4: decision: a non-integer, non-finite or out-of-int32 number for an integer is SerializationException', () => {
    for (const maxResults of [
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      JSON.parse('1e309'),
      2 ** 31,
      -(2 ** 31) - 1,
    ])
      expect(check({ repositoryName: 'app', maxResults })).toEqual(
        serialization('NUMBER_VALUE can not be converted to Integer'),
      );
    // Whole numbers in int32 reach the range check.
    expect(check({ repositoryName: 'app', maxResults: 2 ** 31 - 1 })?.name).toBe('InvalidParameterException');
    expect(check({ repositoryName: 'app', maxResults: 10.0 })).toBeUndefined();
  });

  it('names each JSON token as Jackson does', () => {
    expect([1n, null, () => 1, new Map()].map(jsonToken)).toEqual([
      'NUMBER_VALUE',
      'EMBEDDED_OBJECT',
      'EMBEDDED_OBJECT',
      'EMBEDDED_OBJECT',
    ]);
  });
});

describe('hostile input', () => {
  it('ignores __proto__ and constructor keys, also as own keys from JSON.parse', () => {
    const body = JSON.parse('{"repositoryName":"app","__proto__":{"maxResults":5000},"constructor":{"x":1}}');
    expect(check(body)).toBeUndefined();
    expect(({} as Record<string, unknown>).maxResults).toBeUndefined();
  });

  it('does not read inherited members', () => {
    const input = Object.create({ maxResults: 5000 }) as Record<string, unknown>;
    input.repositoryName = 'app';
    expect(check(input)).toBeUndefined();
  });

  it('does not recurse into deep nesting where the spec has none', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(check({ repositoryName: 'app', extra: deep })).toBeUndefined();
    expect(check({ repositoryName: 'app', filter: deep })).toBeUndefined();
    expect(check({ repositoryName: deep })?.name).toBe('SerializationException');
  });

  it('reports a huge string by its length without scanning it with a pattern', () => {
    expect(check({ repositoryName: `${'a-'.repeat(2_000_000)}!` })?.message).toContain(
      'Member must have length less than or equal to 256',
    );
  });

  it('handles a huge list: the type of every item first, then its length', () => {
    const imageIds = Array.from({ length: 20_000 }, () => ({ imageTag: 'x' }));
    expect(check({ repositoryName: 'app', imageIds })?.message).toContain(
      'Member must have length less than or equal to 100',
    );
    imageIds.push('oops' as never);
    expect(check({ repositoryName: 'app', imageIds })?.name).toBe('SerializationException');
  });

  it('never mutates its input', () => {
    const input = { repositoryName: 'app', imageIds: [{ imageTag: 'x', extra: null }], filter: null };
    const copy = structuredClone(input);
    validateInput('DescribeImages', input);
    expect(input).toEqual(copy);
  });
});

describe('codePointLength', () => {
  it('counts a surrogate pair once and a lone surrogate once', () => {
    expect(codePointLength('')).toBe(0);
    expect(codePointLength('a😀b')).toBe(3);
    expect(codePointLength('\ud83d')).toBe(1);
    expect(codePointLength('\ude00\ud83d')).toBe(2);
  });

  it('equals the number of code points the string iterator yields', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(codePointLength(a + b)).toBe([...(a + b)].length);
      }),
      { numRuns: Number(process.env.NUM_RUNS ?? 150) },
    );
  });
});
