/**
 * The one-pass fast path of validation. A valid input (the common case) is checked and copied in a single walk
 * over the members it *has*: an absent member costs nothing, and no phase walks the spec a second time. Any
 * doubt (a wrong JSON type, a missing required member, a broken constraint, a null list item) hands the input to
 * the reference engine (`engine.ts`), which finds the first violation in ECR's order (rule V1). So the fast path
 * only ever decides "valid", and the engine alone decides which error a caller sees.
 */
import { type EcrError, isEcrError } from '../errors/ecr-error.js';
import type { OperationInput, OperationName } from '../types/operations.js';
import { codePointLength, readOperation } from './engine.js';
import { type CleanStructure, isPlainObject, memberEntries } from './json-types.js';
import type { ListSpec, MemberSpec, MembersSpec, OperationSpec, StringSpec } from './spec.js';
import { VALIDATION_SPECS } from './specs.js';

/**
 * @public A valid input, copied: known members only, `null` and `undefined` members dropped, plain objects and
 * arrays only. `exact` is true when that copy holds everything the input held (no unknown, `null` or
 * `undefined` member anywhere), so that the copy can stand for the input as received (a call log can keep it).
 */
export interface ValidInput<O extends OperationName = OperationName> {
  readonly value: OperationInput<O>;
  readonly exact: boolean;
}

/** Per structure spec: members by name (no prototype, so `constructor` is not a member) and the required count. */
interface Table {
  readonly byName: Readonly<Record<string, MemberSpec>>;
  readonly required: number;
}

const tables = new WeakMap<MembersSpec, Table>();

function tableOf(members: MembersSpec): Table {
  let table = tables.get(members);
  if (!table) {
    const byName: Record<string, MemberSpec> = Object.create(null);
    let required = 0;
    for (const [name, spec] of memberEntries(members)) {
      byName[name] = spec;
      if (spec.required) required++;
    }
    table = { byName, required };
    tables.set(members, table);
  }
  return table;
}

const INT_MAX = 2 ** 31 - 1;
const INT_MIN = -(2 ** 31);

/** Not valid on the fast path: the engine decides. */
const DOUBT: unique symbol = Symbol('doubt');

/**
 * Walk state: whether everything seen so far was copied. One module variable rather than an object per call: a
 * walk is synchronous, and a walk started inside it (by a getter of the input) restores the outer walk's value.
 */
let exact = true;

/**
 * Smithy `@length` counts code points; a UTF-16 length `n` holds between `ceil(n / 2)` and `n` code points, so the
 * count is only needed when that range straddles a bound (never for a 600-byte manifest under a 4 MiB limit).
 */
function lengthOk(value: string, min: number | undefined, max: number | undefined): boolean {
  const units = value.length;
  const fewest = (units + 1) >> 1;
  if ((min === undefined || fewest >= min) && (max === undefined || units <= max)) return true;
  const length = codePointLength(value);
  return (min === undefined || length >= min) && (max === undefined || length <= max);
}

function stringOk(spec: StringSpec, value: string): boolean {
  if ((spec.min !== undefined || spec.max !== undefined) && !lengthOk(value, spec.min, spec.max))
    return false;
  if (spec.pattern && !spec.pattern.test(value)) return false;
  return !spec.enum || spec.enum.includes(value);
}

function readList(spec: ListSpec, value: unknown): unknown {
  if (!Array.isArray(value)) return DOUBT;
  const length = value.length;
  if ((spec.min !== undefined && length < spec.min) || (spec.max !== undefined && length > spec.max))
    return DOUBT;
  const items = new Array<unknown>(length);
  for (let i = 0; i < length; i++) {
    const raw: unknown = value[i];
    if (raw === null || raw === undefined) return DOUBT; // a null item is a required-members violation
    const item = readValue(spec.member, raw);
    if (item === DOUBT) return DOUBT;
    items[i] = item;
  }
  return items;
}

function readValue(spec: MemberSpec, value: unknown): unknown {
  switch (spec.type) {
    case 'string':
      return typeof value === 'string' && stringOk(spec, value) ? value : DOUBT;
    case 'integer':
      return typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= (spec.min ?? INT_MIN) &&
        value <= (spec.max ?? INT_MAX) &&
        value >= INT_MIN &&
        value <= INT_MAX
        ? value
        : DOUBT;
    case 'boolean':
      return typeof value === 'boolean' ? value : DOUBT;
    case 'structure':
      return isPlainObject(value) ? readStructure(spec.members, value) : DOUBT;
    case 'list':
      return readList(spec, value);
  }
}

/** Copies the members `source` has, in its own key order; unknown and null members make the walk inexact. */
function readStructure(members: MembersSpec, source: Readonly<Record<string, unknown>>): unknown {
  const { byName, required } = tableOf(members);
  const clean: CleanStructure = {};
  let seen = 0;
  for (const name in source) {
    const spec = byName[name];
    // Inherited enumerable keys are not members (the engine reads own properties only).
    if (spec === undefined || !Object.hasOwn(source, name)) {
      exact = false;
      continue;
    }
    const raw = source[name];
    if (raw === null || raw === undefined) {
      exact = false;
      continue;
    }
    const value = readValue(spec, raw);
    if (value === DOUBT) return DOUBT;
    clean[name] = value;
    if (spec.required === true) seen++;
  }
  return seen === required ? clean : DOUBT;
}

/**
 * @internal The fast path for one spec: the checked copy, or the first violation (from the reference engine).
 */
export function readValidOperation<O extends OperationName>(
  spec: OperationSpec<O>,
  input: unknown,
): ValidInput<O> | EcrError {
  const body = input === undefined || input === null ? {} : input;
  const outer = exact;
  exact = body === input;
  const clean = isPlainObject(body) ? readStructure(spec.members, body) : DOUBT;
  const whole = exact;
  exact = outer;
  if (clean === DOUBT) {
    // The engine finds the violation; if it finds none (say, a member that is an own but non-enumerable
    // property), its own copy stands, never as the input received.
    const checked = readOperation(spec, input);
    return isEcrError(checked) ? checked : { value: checked, exact: false };
  }
  const value = clean as unknown as OperationInput<O>;
  const broken = spec.custom?.(value);
  return broken ?? { value, exact: whole };
}

/**
 * @public Validates an operation's input exactly as {@link validateInput} does, and on success returns a clean
 * copy of it, made in the same pass: the input an operation can run on, which the caller can no longer mutate.
 * `exact` says whether the copy holds all of the input (see {@link ValidInput}).
 *
 * @param operation - the wire name of the operation
 * @param input - the parsed request body, or the object handed to the in-process API
 * @returns the checked copy, or the first violation as an AWS-shaped error (`isEcrError` tells them apart)
 * @example
 * const checked = readValidInput('StartImageScan', { repositoryName: 'app', imageId: { imageTag: 'v1' } });
 * if (!isEcrError(checked)) checked.value.imageId; // { imageTag: 'v1' }
 */
export function readValidInput<O extends OperationName>(
  operation: O,
  input: unknown,
): ValidInput<O> | EcrError {
  return readValidOperation(VALIDATION_SPECS[operation] as OperationSpec<O>, input);
}
