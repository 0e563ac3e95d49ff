// The one-pass fast path against the reference engine: same verdict, same error, same clean copy.
// Runs per property: NUM_RUNS (default 150), as in validate.property.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEcrError } from '../errors/ecr-error.js';
import type { OperationName } from '../types/operations.js';
import { readOperation } from './engine.js';
import { readValidInput } from './read-valid-input.js';
import { VALIDATION_SPECS } from './specs.js';
import { anyOperation, type Input, validInput } from './test-support/arbitraries.js';
import { clone, type Site, setAt, sitesOf } from './test-support/paths.js';

const numRuns = Number(process.env.NUM_RUNS ?? 150);
const engine = (op: OperationName, input: unknown) => readOperation(VALIDATION_SPECS[op], input);
const outcome = (value: unknown) =>
  isEcrError(value) ? { name: value.name, message: value.message } : { value };

describe('readValidInput', () => {
  it('V1: copies a valid input exactly (exact: true), in one pass that the engine agrees with', () => {
    fc.assert(
      fc.property(
        anyOperation.chain((op) => validInput(op).map((input) => [op, input] as const)),
        ([op, input]) => {
          const checked = readValidInput(op, input);
          if (isEcrError(checked)) throw checked;
          expect(checked.exact).toBe(true);
          expect(checked.value).toEqual(input);
          expect(checked.value).not.toBe(input);
          expect(checked.value).toEqual(engine(op, input));
        },
      ),
      { numRuns: numRuns * 2 },
    );
  });

  it('V1: drops unknown and null members like the engine, and says the copy is not exact', () => {
    const noise = fc.dictionary(
      fc.constantFrom('__proto__', 'constructor', 'toString', 'extra', 'ImageId'),
      fc.jsonValue(),
      { minKeys: 1 },
    );
    fc.assert(
      fc.property(
        anyOperation.chain((op) => fc.tuple(fc.constant(op), validInput(op), noise)),
        ([op, input, extra]) => {
          const body = JSON.parse(JSON.stringify({ ...extra, ...input })) as Input;
          const checked = readValidInput(op, body);
          if (isEcrError(checked)) throw checked;
          expect(checked.exact).toBe(false);
          expect(checked.value).toEqual(engine(op, body));
          expect(Object.hasOwn(checked.value, '__proto__')).toBe(false);
        },
      ),
      { numRuns },
    );
  });

  it('V1, V4: any member replaced by arbitrary JSON gives the engine’s verdict and first error', () => {
    fc.assert(
      fc.property(
        anyOperation.chain((op) =>
          validInput(op).chain((input) => {
            const sites: Site[] = sitesOf(VALIDATION_SPECS[op].members, input);
            return fc.tuple(
              fc.constant(op),
              fc.constant(input),
              sites.length ? fc.constantFrom(...sites) : fc.constant(undefined),
              fc.oneof(fc.jsonValue(), fc.string({ unit: 'binary', maxLength: 600 })),
            );
          }),
        ),
        ([op, input, site, value]) => {
          const broken = clone(input);
          if (site) setAt(broken, site.keys, value);
          const checked = readValidInput(op, broken);
          const fast = outcome(isEcrError(checked) ? checked : checked.value);
          const reference = outcome(engine(op, broken));
          expect(fast).toEqual(reference);
        },
      ),
      { numRuns: numRuns * 4 },
    );
  });

  it('counts code points only near a length bound (imageTag: 1–300 code points)', () => {
    const astral = '\u{1F600}';
    const ok = readValidInput('PutImage', {
      repositoryName: 'app',
      imageManifest: '{}',
      imageTag: astral.repeat(300),
    });
    expect(isEcrError(ok)).toBe(false);
    const long = readValidInput('PutImage', {
      repositoryName: 'app',
      imageManifest: '{}',
      imageTag: astral.repeat(301),
    });
    expect(isEcrError(long) && long.message).toBe(
      "Invalid parameter at 'imageTag' failed to satisfy constraint: 'Member must have length less than or equal to 300'",
    );
  });

  it('treats undefined and null input as an empty body, copied but not exact', () => {
    for (const input of [undefined, null]) {
      const checked = readValidInput('DescribeRepositories', input);
      expect(checked).toEqual({ value: {}, exact: false });
    }
    expect(isEcrError(readValidInput('DescribeRepositories', [1]))).toBe(true);
  });
});
