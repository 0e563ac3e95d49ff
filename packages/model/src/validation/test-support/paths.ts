/**
 * Test support: walks an input along its spec and lists every present member with the path ECR would print,
 * in the engine's depth-first order, so violations can be injected at any of them.
 */
import type { MemberSpec, MembersSpec } from '../spec.js';

/** One place in an input where a violation can be injected. */
export interface Site {
  /** Keys from the input root to the value. */
  readonly keys: readonly (string | number)[];
  /** The path ECR prints for a violation there (a scalar list item reports on its list). */
  readonly reportedPath: string;
  /** True for a scalar list item: its constraint is wrapped in `Member must satisfy constraint: [...]`. */
  readonly wrapped: boolean;
  readonly spec: MemberSpec;
  /** Depth-first position: earlier sites are checked first. */
  readonly order: number;
}

export function sitesOf(members: MembersSpec, input: Readonly<Record<string, unknown>>): Site[] {
  const sites: Site[] = [];
  const visit = (
    spec: MemberSpec,
    value: unknown,
    keys: (string | number)[],
    path: string,
    wrapped: boolean,
  ): void => {
    sites.push({ keys, reportedPath: path, wrapped, spec, order: sites.length });
    if (spec.type === 'structure')
      visitMembers(spec.members, value as Record<string, unknown>, keys, `${path}.`);
    if (spec.type === 'list') {
      const scalar = spec.member.type !== 'structure' && spec.member.type !== 'list';
      (value as unknown[]).forEach((item, i) => {
        visit(spec.member, item, [...keys, i], scalar ? path : `${path}.${i + 1}.member`, scalar);
      });
    }
  };
  const visitMembers = (
    specs: MembersSpec,
    value: Record<string, unknown>,
    keys: (string | number)[],
    prefix: string,
  ): void => {
    for (const [name, spec] of Object.entries(specs)) {
      if (value[name] !== undefined) visit(spec, value[name], [...keys, name], prefix + name, false);
    }
  };
  visitMembers(members, input, [], '');
  return sites;
}

/** True when one site holds the other (injecting at both would overlap). */
export function overlaps(a: Site, b: Site): boolean {
  const n = Math.min(a.keys.length, b.keys.length);
  for (let i = 0; i < n; i++) if (a.keys[i] !== b.keys[i]) return false;
  return true;
}

/** A deep copy of a JSON-like value. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Sets (or, with `undefined`, deletes) the value at `keys`. */
export function setAt(
  root: Record<string, unknown>,
  keys: readonly (string | number)[],
  value: unknown,
): void {
  let parent: Record<string | number, unknown> = root;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = keys[keys.length - 1] as string | number;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
}

/** Reads the value at `keys`. */
export function getAt(root: Record<string, unknown>, keys: readonly (string | number)[]): unknown {
  let value: unknown = root;
  for (const key of keys) value = (value as Record<string | number, unknown>)[key];
  return value;
}
