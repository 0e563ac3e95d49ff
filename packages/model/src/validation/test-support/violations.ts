/**
 * Test support: the violations a property test can inject at a site, each with the phase that reports it and
 * the exact error ECR's format predicts.
 */
import type { Site } from './paths.js';

/** Engine phases, in checking order. */
export const PHASE = { type: 0, required: 1, constraint: 2 } as const;

export interface Injection {
  readonly site: Site;
  readonly kind: string;
  readonly phase: (typeof PHASE)[keyof typeof PHASE];
  /** The new value at the site; `undefined` deletes the member. */
  readonly value: unknown;
  readonly name: 'SerializationException' | 'InvalidParameterException';
  readonly message: string;
}

const EXPECTED = {
  string: 'String',
  integer: 'Integer',
  boolean: 'Boolean',
  structure: 'structure',
  list: 'list',
};
const WRONG: Readonly<Record<keyof typeof EXPECTED, readonly [unknown, string][]>> = {
  string: [
    [7, 'NUMBER_VALUE'],
    [true, 'TRUE_VALUE'],
    [{}, 'START_OBJECT'],
    [['x'], 'START_ARRAY'],
  ],
  integer: [
    ['1', 'STRING_VALUE'],
    [1.5, 'NUMBER_VALUE'],
    [2 ** 31, 'NUMBER_VALUE'],
    [false, 'FALSE_VALUE'],
  ],
  boolean: [
    ['true', 'STRING_VALUE'],
    [0, 'NUMBER_VALUE'],
    [[], 'START_ARRAY'],
  ],
  structure: [
    ['x', 'STRING_VALUE'],
    [[{}], 'START_ARRAY'],
    [true, 'TRUE_VALUE'],
  ],
  list: [
    [{}, 'START_OBJECT'],
    ['x', 'STRING_VALUE'],
    [1, 'NUMBER_VALUE'],
  ],
};

const invalid = (site: Site, constraint: string): string =>
  `Invalid parameter at '${site.reportedPath}' failed to satisfy constraint: '${
    site.wrapped ? `Member must satisfy constraint: [${constraint}]` : constraint
  }'`;

/** Every violation that can be injected at `site`, whose valid value is `current`. */
export function injectionsAt(site: Site, current: unknown): Injection[] {
  const { spec } = site;
  const out: Injection[] = [];
  const constraint = (kind: string, value: unknown, text: string): void => {
    out.push({
      site,
      kind,
      phase: PHASE.constraint,
      value,
      name: 'InvalidParameterException',
      message: invalid(site, text),
    });
  };
  for (const [value, token] of WRONG[spec.type]) {
    out.push({
      site,
      kind: `type:${token}`,
      phase: PHASE.type,
      value,
      name: 'SerializationException',
      message: `${token} can not be converted to ${EXPECTED[spec.type]}`,
    });
  }
  const isItem = typeof site.keys[site.keys.length - 1] === 'number';
  if (spec.required || isItem) {
    for (const absent of isItem ? [null] : [undefined, null]) {
      out.push({
        site,
        kind: `required:${String(absent)}`,
        phase: PHASE.required,
        value: absent,
        name: 'InvalidParameterException',
        message: invalid(site, 'Member must not be null'),
      });
    }
  }
  if (spec.type === 'string') {
    if (spec.enum) {
      const values = [...spec.enum].sort().join(', ');
      constraint('enum', 'NOT_A_VALUE', `Member must satisfy enum value set: [${values}]`);
    }
    if (spec.min !== undefined && spec.min > 0)
      constraint(
        'min',
        'a'.repeat(spec.min - 1),
        `Member must have length greater than or equal to ${spec.min}`,
      );
    if (spec.max !== undefined && spec.max <= 10_000)
      constraint(
        'max',
        'a'.repeat(spec.max + 1),
        `Member must have length less than or equal to ${spec.max}`,
      );
    if (spec.pattern)
      constraint(
        'pattern',
        '!'.repeat(Math.max(spec.min ?? 1, 1)),
        `Member must satisfy regular expression pattern: ${spec.pattern.text}`,
      );
  }
  if (spec.type === 'integer') {
    if (spec.min !== undefined)
      constraint('range-min', spec.min - 1, `Member must have value greater than or equal to ${spec.min}`);
    if (spec.max !== undefined)
      constraint('range-max', spec.max + 1, `Member must have value less than or equal to ${spec.max}`);
  }
  if (spec.type === 'list') {
    if (spec.min !== undefined && spec.min > 0)
      constraint('list-min', [], `Member must have length greater than or equal to ${spec.min}`);
    const items = current as unknown[];
    if (spec.max !== undefined && items.length > 0)
      constraint(
        'list-max',
        Array.from({ length: spec.max + 1 }, (_, i) => structuredClone(items[i % items.length])),
        `Member must have length less than or equal to ${spec.max}`,
      );
  }
  return out;
}
