/**
 * Phase 1 of validation (rule V4): checks the JSON type of every member the spec knows, the way an awsJson
 * (Coral) deserializer does, and returns a clean copy of the input: known members only, `null` and `undefined`
 * members dropped. Later phases and `custom` rules only ever see that copy, so unknown keys (`__proto__`,
 * `constructor`, …), getters and foreign prototypes never reach them.
 */
import { type EcrError, ecrErrors } from '../errors/ecr-error.js';
import type { MemberSpec, MembersSpec } from './spec.js';

/** @internal A clean structure: own data properties only, named by the spec. */
export type CleanStructure = Record<string, unknown>;

// A Java `Integer` on AWS's side.
const INT_MAX = 2 ** 31 - 1;
const INT_MIN = -(2 ** 31);

const EXPECTED: Readonly<Record<MemberSpec['type'], string>> = {
  string: 'String',
  integer: 'Integer',
  boolean: 'Boolean',
  structure: 'structure',
  list: 'list',
};

/** @internal True for a JSON object (not an array, a Date, a Map, …). */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  // Fast path for JSON.parse output; the tag check also admits objects of another realm.
  return (
    proto === Object.prototype ||
    proto === null ||
    Object.prototype.toString.call(value) === '[object Object]'
  );
}

const entriesCache = new WeakMap<MembersSpec, readonly (readonly [string, MemberSpec])[]>();

/** @internal `Object.entries(members)`, computed once per spec object (the engine walks them per list item). */
export function memberEntries(members: MembersSpec): readonly (readonly [string, MemberSpec])[] {
  let entries = entriesCache.get(members);
  if (!entries) {
    entries = Object.entries(members);
    entriesCache.set(members, entries);
  }
  return entries;
}

/** @internal The JSON token a deserializer would see for a value, in Jackson's spelling as Coral prints it. */
export function jsonToken(value: unknown): string {
  if (typeof value === 'string') return 'STRING_VALUE';
  if (typeof value === 'number' || typeof value === 'bigint') return 'NUMBER_VALUE';
  if (value === true) return 'TRUE_VALUE';
  if (value === false) return 'FALSE_VALUE';
  if (Array.isArray(value)) return 'START_ARRAY';
  if (isPlainObject(value)) return 'START_OBJECT';
  return 'EMBEDDED_OBJECT';
}

class Mismatch {
  constructor(readonly error: EcrError) {}
}

const mismatch = (spec: MemberSpec, value: unknown): Mismatch =>
  new Mismatch(ecrErrors.serializationType(jsonToken(value), EXPECTED[spec.type]));

/**
 * Decision (V4): an integer member must be a whole number within ±2^31, or it is SerializationException
 * `NUMBER_VALUE can not be converted to Integer`. That covers 1.5, 1e309 (parsed as Infinity), NaN and 2^31:
 * none of them can reach ECR's range check, so InvalidParameterException would name a value AWS never sees.
 */
function readValue(spec: MemberSpec, value: unknown): unknown {
  switch (spec.type) {
    case 'string':
      return typeof value === 'string' ? value : mismatch(spec, value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= INT_MIN && value <= INT_MAX
        ? value
        : mismatch(spec, value);
    case 'boolean':
      return typeof value === 'boolean' ? value : mismatch(spec, value);
    case 'structure':
      return isPlainObject(value) ? readMembers(spec.members, value) : mismatch(spec, value);
    case 'list': {
      if (!Array.isArray(value)) return mismatch(spec, value);
      const items: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        const raw: unknown = value[i];
        // A null item stays a hole (null) for the required-members phase to report.
        const item = raw === null || raw === undefined ? null : readValue(spec.member, raw);
        if (item instanceof Mismatch) return item;
        items.push(item);
      }
      return items;
    }
  }
}

function readMembers(
  members: MembersSpec,
  source: Readonly<Record<string, unknown>>,
): CleanStructure | Mismatch {
  const clean: CleanStructure = {};
  for (const [name, spec] of memberEntries(members)) {
    if (!Object.hasOwn(source, name)) continue;
    const raw = source[name];
    if (raw === null || raw === undefined) continue;
    const value = readValue(spec, raw);
    if (value instanceof Mismatch) return value;
    clean[name] = value;
  }
  return clean;
}

/**
 * @internal Phase 1: the first member (depth-first, in spec order) of the wrong JSON type as
 * SerializationException, else the clean copy. A body that is not a JSON object is `serializationBody()`;
 * `undefined` and `null` stand for an empty body.
 */
export function readInput(members: MembersSpec, input: unknown): CleanStructure | EcrError {
  const body = input === undefined || input === null ? {} : input;
  if (!isPlainObject(body)) return ecrErrors.serializationBody();
  const clean = readMembers(members, body);
  return clean instanceof Mismatch ? clean.error : clean;
}
