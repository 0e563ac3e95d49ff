// Property tests of validateInput over all twelve operations, with inputs generated from the specs themselves.
// Runs per property: NUM_RUNS (default 150); CI keeps the default, a soak run sets e.g. NUM_RUNS=5000.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEcrError } from '../errors/ecr-error.js';
import { OperationName } from '../types/operations.js';
import { VALIDATION_SPECS } from './specs.js';
import { anyOperation, type Input, validInput } from './test-support/arbitraries.js';
import { clone, getAt, overlaps, type Site, setAt, sitesOf } from './test-support/paths.js';
import { type Injection, injectionsAt } from './test-support/violations.js';
import { validateInput } from './validate.js';

const numRuns = Number(process.env.NUM_RUNS ?? 150);

/** A valid input of `operation` with the injections a chooser picks, and the injections. */
function withInjections(operation: OperationName, count: number) {
  return validInput(operation).chain((input) => {
    const sites = sitesOf(VALIDATION_SPECS[operation].members, input);
    const all = sites.flatMap((site) => injectionsAt(site, getAt(input, site.keys)));
    if (all.length === 0) return fc.constant({ input, injections: [] as Injection[] });
    // Pick a family first (type, required, or each constraint kind), so type errors do not crowd out the rest.
    const families = new Map<string, Injection[]>();
    for (const inj of all) {
      const family = inj.kind.split(':')[0] ?? inj.kind;
      families.set(family, [...(families.get(family) ?? []), inj]);
    }
    const one = fc.constantFrom(...families.values()).chain((family) => fc.constantFrom(...family));
    return fc
      .uniqueArray(one, {
        minLength: 1,
        maxLength: count,
        comparator: (a, b) => overlaps(a.site, b.site),
      })
      .map((injections) => {
        const broken = clone(input);
        for (const inj of injections) setAt(broken, inj.site.keys, inj.value);
        return { input: broken, injections };
      });
  });
}

const byOperation = fc.constantFrom(...OperationName);

describe('validateInput (properties)', () => {
  it('V1: accepts every valid input generated from the specs, for every operation', () => {
    fc.assert(
      fc.property(
        anyOperation.chain((op) => validInput(op).map((input) => [op, input] as const)),
        ([op, input]) => {
          expect(validateInput(op, input)).toBeUndefined();
        },
      ),
      { numRuns: numRuns * 4 },
    );
  });

  it('V1: ignores unknown members (also __proto__ and constructor) and null optional members', () => {
    const noise = fc.dictionary(
      fc.constantFrom('__proto__', 'constructor', 'toString', 'extra', 'ImageId'),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(
        anyOperation.chain((op) => fc.tuple(fc.constant(op), validInput(op), noise)),
        ([op, input, extra]) => {
          // Through JSON.parse, as the wire sees it: '__proto__' becomes an own key, not a prototype.
          const body = JSON.parse(JSON.stringify({ ...extra, ...input })) as Input;
          for (const [name, spec] of Object.entries(VALIDATION_SPECS[op].members))
            if (!spec.required && body[name] === undefined) body[name] = null;
          expect(validateInput(op, body)).toBeUndefined();
        },
      ),
      { numRuns },
    );
  });

  it('V1, V4: one injected violation is reported with its member path and exception', () => {
    let injected = 0;
    fc.assert(
      fc.property(
        byOperation.chain((op) => withInjections(op, 1).map((c) => ({ op, ...c }))),
        ({ op, input, injections }) => {
          const [inj] = injections;
          if (!inj) return; // an operation without constraints (GetRegistryScanningConfiguration)
          injected++;
          const error = validateInput(op, input);
          expect({ name: error?.name, message: error?.message }).toEqual({
            name: inj.name,
            message: inj.message,
          });
        },
      ),
      { numRuns: numRuns * 4 },
    );
    expect(injected).toBeGreaterThan(numRuns);
  });

  it('V1: with several violations the first in (phase, member order) wins, the same on every call', () => {
    fc.assert(
      fc.property(
        byOperation.chain((op) => withInjections(op, 4).map((c) => ({ op, ...c }))),
        ({ op, input, injections }) => {
          if (injections.length === 0) return;
          const first = [...injections].sort((a, b) => a.phase - b.phase || a.site.order - b.site.order)[0];
          const error = validateInput(op, input);
          expect({ name: error?.name, message: error?.message }).toEqual({
            name: first?.name,
            message: first?.message,
          });
          expect(validateInput(op, clone(input))?.message).toBe(error?.message);
        },
      ),
      { numRuns: numRuns * 2 },
    );
  });

  it('V4: arbitrary JSON never throws and yields undefined or a modelled error', () => {
    const hostile = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'repositoryName', 'imageId'),
        fc.jsonValue(),
      ),
      fc.jsonValue().map((v) => JSON.parse(`{"__proto__": ${JSON.stringify(v ?? null)}}`) as unknown),
    );
    fc.assert(
      fc.property(byOperation, hostile, (op, value) => {
        const error = validateInput(op, value);
        if (error !== undefined) expect(isEcrError(error)).toBe(true);
      }),
      { numRuns: numRuns * 4 },
    );
  });

  it('V4: replacing any member of a valid input with arbitrary JSON never throws', () => {
    fc.assert(
      fc.property(
        byOperation.chain((op) =>
          validInput(op).chain((input) => {
            const sites: Site[] = sitesOf(VALIDATION_SPECS[op].members, input);
            return fc.tuple(
              fc.constant(op),
              fc.constant(input),
              sites.length ? fc.constantFrom(...sites) : fc.constant(undefined),
              fc.jsonValue(),
            );
          }),
        ),
        ([op, input, site, value]) => {
          const broken = clone(input);
          if (site) setAt(broken, site.keys, value);
          const error = validateInput(op, broken);
          if (error !== undefined)
            expect(['SerializationException', 'InvalidParameterException']).toContain(error.name);
        },
      ),
      { numRuns: numRuns * 2 },
    );
  });
});
