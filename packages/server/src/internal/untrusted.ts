/**
 * @internal Path-aware readers for untrusted JSON (fixtures files, control API bodies). Members are read with
 * `Object.hasOwn` only, so `__proto__` or `constructor` keys never reach a prototype, and unknown members are
 * refused so a typo does not pass silently.
 */

/** @internal A bad member: `path` is where (e.g. `images[2].profile.outcome`), `problem` what is wrong. */
export class InputError extends Error {
  readonly path: string;
  readonly problem: string;
  constructor(path: string, problem: string) {
    super(`${path === '' ? 'body' : path}: ${problem}`);
    this.name = 'InputError';
    this.path = path;
    this.problem = problem;
  }
}

/** @internal A JSON object as read from untrusted input. */
export type Json = Readonly<Record<string, unknown>>;

/** @internal Appends a member or index to a path: `images` + 2 → `images[2]`, `a` + `b` → `a.b`. */
export const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

/** @internal The value as a plain object whose keys are all in `allowed`, or an `InputError`. */
export function expectObject(value: unknown, path: string, allowed: readonly string[]): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(path, `must be an object, got ${describe(value)}`);
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw new InputError(join(path, key), `unknown member (allowed: ${allowed.join(', ')})`);
    }
  }
  return value as Json;
}

/** @internal An own member only (never one from the prototype chain). */
export function member(obj: Json, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** @internal An optional non-empty string member. */
export function optString(obj: Json, key: string, path: string): string | undefined {
  const value = member(obj, key);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') {
    throw new InputError(join(path, key), `must be a non-empty string, got ${describe(value)}`);
  }
  return value;
}

/** @internal A required non-empty string member. */
export function reqString(obj: Json, key: string, path: string): string {
  const value = optString(obj, key, path);
  if (value === undefined) throw new InputError(join(path, key), 'is required');
  return value;
}

/** @internal An optional boolean member. */
export function optBoolean(obj: Json, key: string, path: string): boolean | undefined {
  const value = member(obj, key);
  if (value === undefined || typeof value === 'boolean') return value;
  throw new InputError(join(path, key), `must be true or false, got ${describe(value)}`);
}

/** @internal An optional member that must be one of `values`. */
export function optEnum<T extends string>(
  obj: Json,
  key: string,
  path: string,
  values: readonly T[],
): T | undefined {
  const value = member(obj, key);
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
  throw new InputError(join(path, key), `must be one of ${values.join(', ')}, got ${describe(value)}`);
}

/** @internal An optional number member within `[min, max]` (an integer unless told). */
export function optNumber(
  obj: Json,
  key: string,
  path: string,
  { min = 0, max = Number.MAX_SAFE_INTEGER, integer = true } = {},
): number | undefined {
  const value = member(obj, key);
  if (value === undefined) return undefined;
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    (integer && !Number.isInteger(value)) ||
    value < min ||
    value > max
  ) {
    const kind = integer ? 'an integer' : 'a number';
    throw new InputError(join(path, key), `must be ${kind} from ${min} to ${max}, got ${describe(value)}`);
  }
  return value;
}

/** @internal An optional list member. */
export function optArray(obj: Json, key: string, path: string): readonly unknown[] | undefined {
  const value = member(obj, key);
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new InputError(join(path, key), `must be a list, got ${describe(value)}`);
  return value;
}

/** @internal A short, safe rendering of an untrusted value for an error message. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}
