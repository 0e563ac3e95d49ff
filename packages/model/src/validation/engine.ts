/**
 * The validation engine: one function that checks any operation spec, in a fixed order (rule V1):
 *   1. JSON types (SerializationException, rule V4), `json-types.ts`;
 *   2. required members, depth-first in spec order (`Member must not be null`);
 *   3. member constraints, depth-first in spec order: for a string length, then pattern, then enum; for an
 *      integer its range; for a list its length, then its items;
 *   4. the spec's `custom` cross-member rules.
 * The first violation wins, as ECR reports one violation per message.
 */
import { type EcrError, ecrErrors } from '../errors/ecr-error.js';
import type { OperationInput, OperationName } from '../types/operations.js';
import { CONSTRAINTS, constraintText } from './constraints.js';
import { type CleanStructure, memberEntries, readInput } from './json-types.js';
import type { MemberSpec, MembersSpec, OperationSpec } from './spec.js';

/** @internal Length in Unicode code points, as Smithy's `@length` counts a string. */
export function codePointLength(value: string): number {
  let length = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const high = value.charCodeAt(i);
    if (high >= 0xd800 && high <= 0xdbff) {
      const low = value.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

const invalid = (path: string, constraint: string): EcrError => ecrErrors.invalidParameter(path, constraint);
const itemPath = (path: string, index: number): string => `${path}.${index + 1}.member`;

function lengthViolation(
  length: number,
  min: number | undefined,
  max: number | undefined,
): string | undefined {
  if (min !== undefined && length < min) return constraintText(CONSTRAINTS.lengthMin, { min });
  if (max !== undefined && length > max) return constraintText(CONSTRAINTS.lengthMax, { max });
  return undefined;
}

/** The constraint a scalar value breaks, if any (strings: length, pattern, enum; integers: range). */
function scalarViolation(spec: MemberSpec, value: unknown): string | undefined {
  if (spec.type === 'string' && typeof value === 'string') {
    const length = spec.min !== undefined || spec.max !== undefined ? codePointLength(value) : 0;
    const byLength = lengthViolation(length, spec.min, spec.max);
    if (byLength !== undefined) return byLength;
    if (spec.pattern && !spec.pattern.test(value))
      return constraintText(CONSTRAINTS.pattern, { pattern: spec.pattern.text });
    // Listed alphabetically, as the observed `[IMMUTABLE, MUTABLE]` is.
    if (spec.enum && !spec.enum.includes(value))
      return constraintText(CONSTRAINTS.enum, { values: [...spec.enum].sort().join(', ') });
  }
  if (spec.type === 'integer' && typeof value === 'number') {
    if (spec.min !== undefined && value < spec.min)
      return constraintText(CONSTRAINTS.valueMin, { min: spec.min });
    if (spec.max !== undefined && value > spec.max)
      return constraintText(CONSTRAINTS.valueMax, { max: spec.max });
  }
  return undefined;
}

/** Phase 2: the first required member that is absent (or a null list item). */
function checkRequired(members: MembersSpec, value: CleanStructure, prefix: string): EcrError | undefined {
  for (const [name, spec] of memberEntries(members)) {
    const path = prefix + name;
    const member = value[name];
    if (member === undefined) {
      if (spec.required) return invalid(path, CONSTRAINTS.notNull);
      continue;
    }
    const found = checkRequiredIn(spec, member, path);
    if (found) return found;
  }
  return undefined;
}

function checkRequiredIn(spec: MemberSpec, value: unknown, path: string): EcrError | undefined {
  if (spec.type === 'structure') return checkRequired(spec.members, value as CleanStructure, `${path}.`);
  if (spec.type !== 'list') return undefined;
  const items = value as readonly unknown[];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === null) {
      return spec.member.type === 'structure'
        ? invalid(itemPath(path, i), CONSTRAINTS.notNull)
        : invalid(path, constraintText(CONSTRAINTS.listItem, { constraint: CONSTRAINTS.notNull }));
    }
    const found = checkRequiredIn(spec.member, item, itemPath(path, i));
    if (found) return found;
  }
  return undefined;
}

/** Phase 3: the first member constraint broken. */
function checkConstraints(members: MembersSpec, value: CleanStructure, prefix: string): EcrError | undefined {
  for (const [name, spec] of memberEntries(members)) {
    const member = value[name];
    if (member === undefined) continue;
    const found = checkConstraintsIn(spec, member, prefix + name);
    if (found) return found;
  }
  return undefined;
}

function checkConstraintsIn(spec: MemberSpec, value: unknown, path: string): EcrError | undefined {
  if (spec.type === 'structure') return checkConstraints(spec.members, value as CleanStructure, `${path}.`);
  if (spec.type !== 'list') {
    const broken = scalarViolation(spec, value);
    return broken === undefined ? undefined : invalid(path, broken);
  }
  const items = value as readonly unknown[];
  const byLength = lengthViolation(items.length, spec.min, spec.max);
  if (byLength !== undefined) return invalid(path, byLength);
  for (let i = 0; i < items.length; i++) {
    if (spec.member.type === 'structure' || spec.member.type === 'list') {
      const found = checkConstraintsIn(spec.member, items[i], itemPath(path, i));
      if (found) return found;
      continue;
    }
    // A scalar item's violation is reported on the list, wrapped (observed for registryIds).
    const broken = scalarViolation(spec.member, items[i]);
    if (broken !== undefined)
      return invalid(path, constraintText(CONSTRAINTS.listItem, { constraint: broken }));
  }
  return undefined;
}

/**
 * @internal Checks `input` against an operation spec, phases 1–4 in order: the first violation, or the clean copy
 * the phases ran on (known members only, `null` members dropped).
 */
export function readOperation<O extends OperationName>(
  spec: OperationSpec<O>,
  input: unknown,
): OperationInput<O> | EcrError {
  const clean = readInput(spec.members, input);
  if (clean instanceof Error) return clean;
  const broken =
    checkRequired(spec.members, clean, '') ??
    checkConstraints(spec.members, clean, '') ??
    // Phases 1–3 passed: the clean copy has the operation's input shape.
    spec.custom?.(clean as unknown as OperationInput<O>);
  return broken ?? (clean as unknown as OperationInput<O>);
}

/**
 * @internal Checks `input` against an operation spec, phases 1–4 in order, and returns the first violation.
 */
export function checkOperation<O extends OperationName>(
  spec: OperationSpec<O>,
  input: unknown,
): EcrError | undefined {
  const checked = readOperation(spec, input);
  return checked instanceof Error ? checked : undefined;
}
