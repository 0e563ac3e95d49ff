/**
 * The vocabulary of Inspector2 validation specs: one spec per shape of the service model, generated into
 * `../generated/input-specs.ts` (decision record 0019), checked by `engine.ts`. Members are thunks so specs may
 * reference each other in any order (and recursively) without temporal-dead-zone errors.
 */

/** @internal A shape's constraints, as the Smithy traits of the service model state them. */
export type ShapeSpec =
  | StructureShapeSpec
  | ListShapeSpec
  | MapShapeSpec
  | StringShapeSpec
  | { readonly type: 'integer' | 'long'; readonly min?: number; readonly max?: number }
  | { readonly type: 'double' | 'float' | 'boolean' | 'timestamp' };

/** @internal A structure, or a union (`union`: at most one member may be set). */
export interface StructureShapeSpec {
  readonly type: 'structure' | 'union';
  readonly members: () => Readonly<Record<string, ShapeSpec>>;
  readonly required?: readonly string[];
  /** The shape's name when it refuses members it does not know (filter shapes and unions). */
  readonly strict?: string;
}

/** @internal A list; `min`/`max` bound its length. */
export interface ListShapeSpec {
  readonly type: 'list';
  readonly member: () => ShapeSpec;
  readonly min?: number;
  readonly max?: number;
}

/** @internal A map; `min`/`max` bound its number of entries. */
export interface MapShapeSpec {
  readonly type: 'map';
  readonly key: () => ShapeSpec;
  readonly value: () => ShapeSpec;
  readonly min?: number;
  readonly max?: number;
}

/** @internal A string; `min`/`max` count code points; `enum` in the model's order; `pattern` as the model writes it. */
export interface StringShapeSpec {
  readonly type: 'string';
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly min?: number;
  readonly max?: number;
}
