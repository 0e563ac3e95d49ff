/**
 * Phase 1 of Inspector2 validation (rule S2): reads untrusted input against a shape spec the way a restJson1
 * deserializer does, and returns a clean copy (known members only; `null`/`undefined` dropped; own data properties
 * only) or the first member of the wrong JSON type as ValidationException `CANNOT_PARSE`. Timestamps are read
 * from a `Date` (in process) or from epoch seconds (restJson1's default body format, rule W5), so later phases
 * and the operations only ever see `Date`s. Members a filter shape does not know are kept aside for phase 2.
 */
import { type Inspector2Error, inspector2Errors } from '../../errors/inspector2-error.js';
import { isPlainObject } from '../../validation/json-types.js';
import type { ShapeSpec } from './shape-spec.js';

/** @internal Members a strict shape received but does not know, by the path of their structure. */
export type UnknownMembers = Array<{ path: string; member: string; shape: string }>;

// A Java `Integer` / `Long` on the service's side.
const INT_MAX = 2 ** 31 - 1;
const INT_MIN = -(2 ** 31);
const EXPECTED: Readonly<Record<ShapeSpec['type'], string>> = {
  string: 'a string',
  integer: 'an integer',
  long: 'an integer',
  double: 'a number',
  float: 'a number',
  boolean: 'a boolean',
  timestamp: 'a timestamp (epoch seconds)',
  structure: 'an object',
  union: 'an object',
  list: 'an array',
  map: 'an object',
};

class Mismatch {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {}
}

const at = (prefix: string, name: string): string => (prefix === '' ? name : `${prefix}.${name}`);

function readValue(spec: ShapeSpec, value: unknown, path: string, unknown: UnknownMembers): unknown {
  const mismatch = () => new Mismatch(path, EXPECTED[spec.type]);
  switch (spec.type) {
    case 'string':
      return typeof value === 'string' ? value : mismatch();
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= INT_MIN && value <= INT_MAX
        ? value
        : mismatch();
    case 'long':
      return typeof value === 'number' && Number.isSafeInteger(value) ? value : mismatch();
    case 'double':
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? value : mismatch();
    case 'boolean':
      return typeof value === 'boolean' ? value : mismatch();
    case 'timestamp':
      if (value instanceof Date)
        return Number.isFinite(value.getTime()) ? new Date(value.getTime()) : mismatch();
      return typeof value === 'number' && Number.isFinite(value) ? new Date(value * 1000) : mismatch();
    case 'structure':
    case 'union':
      return isPlainObject(value)
        ? readMembers(spec.members(), spec.strict, value, path, unknown)
        : mismatch();
    case 'list': {
      if (!Array.isArray(value)) return mismatch();
      const member = spec.member();
      const items: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        const raw: unknown = value[i];
        // A null item stays a hole for the constraints phase to report ("Member must not be null").
        const item =
          raw === null || raw === undefined ? null : readValue(member, raw, itemPath(path, i), unknown);
        if (item instanceof Mismatch) return item;
        items.push(item);
      }
      return items;
    }
    case 'map': {
      if (!isPlainObject(value)) return mismatch();
      const valueSpec = spec.value();
      // Null prototype: a key named __proto__ stays an entry.
      const out: Record<string, unknown> = Object.create(null);
      for (const key of Object.keys(value)) {
        const raw = value[key];
        if (raw === null || raw === undefined) continue;
        const item = readValue(valueSpec, raw, at(path, key), unknown);
        if (item instanceof Mismatch) return item;
        out[key] = item;
      }
      return out;
    }
  }
}

function readMembers(
  members: Readonly<Record<string, ShapeSpec>>,
  strict: string | undefined,
  source: Readonly<Record<string, unknown>>,
  path: string,
  unknown: UnknownMembers,
): Record<string, unknown> | Mismatch {
  const clean: Record<string, unknown> = {};
  for (const name of Object.keys(source)) {
    const spec = Object.hasOwn(members, name) ? members[name] : undefined;
    if (spec === undefined) {
      if (strict !== undefined) unknown.push({ path, member: name, shape: strict });
      continue;
    }
    const raw = source[name];
    if (raw === null || raw === undefined) continue;
    const value = readValue(spec, raw, at(path, name), unknown);
    if (value instanceof Mismatch) return value;
    clean[name] = value;
  }
  return clean;
}

/** @internal The Coral path of a list item: `filterCriteria.severity.1.member`. */
export function itemPath(path: string, index: number): string {
  return `${path}.${index + 1}.member`;
}

/**
 * @internal Phase 1: the clean copy, or ValidationException CANNOT_PARSE for the first member of the wrong JSON
 * type (depth-first, in the order the input lists its members). `undefined` and `null` are an empty body.
 */
export function readInspector2Input(
  spec: ShapeSpec,
  input: unknown,
):
  | { ok: true; value: Record<string, unknown>; unknown: UnknownMembers }
  | { ok: false; error: Inspector2Error } {
  const body = input === undefined || input === null ? {} : input;
  if (!isPlainObject(body) || (spec.type !== 'structure' && spec.type !== 'union')) {
    return { ok: false, error: inspector2Errors.cannotParseBody() };
  }
  const unknown: UnknownMembers = [];
  const clean = readMembers(spec.members(), spec.strict, body, '', unknown);
  if (clean instanceof Mismatch)
    return { ok: false, error: inspector2Errors.cannotParse(clean.path, clean.expected) };
  return { ok: true, value: clean, unknown };
}
