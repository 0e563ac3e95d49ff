/**
 * The vocabulary of validation specs: each operation's input is described as data (one spec per operation in
 * `operations/`), and one engine (`engine.ts`) checks any spec. Mirrors the Smithy traits ECR's model uses:
 * `required`, `length`, `pattern`, `range` and `enum`, on strings, integers, booleans, structures and lists.
 */
import type { EcrError } from '../errors/ecr-error.js';
import type { OperationInput, OperationName } from '../types/operations.js';

/**
 * @public A pattern constraint: `text` is the pattern as AWS prints it in messages (the model's text, unanchored
 * where the model is), `test` is a linear-time check of the whole value (anchored at both ends).
 */
export interface PatternConstraint {
  readonly text: string;
  readonly test: (value: string) => boolean;
}

interface MemberBase {
  /** Smithy `@required`: absent or `null` is `Member must not be null`. */
  readonly required?: boolean;
}

/** @public A string member. `min`/`max` count Unicode code points, as Smithy's `@length` does. */
export interface StringSpec extends MemberBase {
  readonly type: 'string';
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: PatternConstraint;
  readonly enum?: readonly string[];
}

/** @public An integer member (a Java `Integer` on AWS's side: whole numbers within ±2^31). */
export interface IntegerSpec extends MemberBase {
  readonly type: 'integer';
  readonly min?: number;
  readonly max?: number;
}

/** @public A boolean member. */
export interface BooleanSpec extends MemberBase {
  readonly type: 'boolean';
}

/** @public A structure member: its own members, checked in the order they are listed. */
export interface StructureSpec extends MemberBase {
  readonly type: 'structure';
  readonly members: MembersSpec;
}

/** @public A list member. `min`/`max` bound the number of items. */
export interface ListSpec extends MemberBase {
  readonly type: 'list';
  readonly member: MemberSpec;
  readonly min?: number;
  readonly max?: number;
}

/** @public Any member. */
export type MemberSpec = StringSpec | IntegerSpec | BooleanSpec | StructureSpec | ListSpec;

/** @public Members by wire name, in the order the model lists them (the order violations are looked for). */
export type MembersSpec = Readonly<Record<string, MemberSpec>>;

/**
 * @public The validation spec of one operation. `custom` runs last, on an input already known to satisfy every
 * member constraint (unknown members dropped, `null` members removed), and returns the first cross-member
 * violation, if any.
 */
export interface OperationSpec<O extends OperationName = OperationName> {
  readonly members: MembersSpec;
  // Method syntax on purpose: the per-operation specs then fit the table of all specs without casts.
  custom?(input: OperationInput<O>): EcrError | undefined;
}
