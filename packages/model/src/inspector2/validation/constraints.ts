/**
 * Phase 2 of Inspector2 validation (rule S3): every constraint violation of a clean input, depth-first in the
 * order the spec lists its members, one violation per member (its first broken constraint: required, then
 * length, pattern and enum for a string, range for a number, length then items for a list). Inspector2 reports
 * them all in one Coral message; the texts are the shared Coral constraint texts (`CONSTRAINTS`).
 */
import { formatMessage } from '../../errors/catalogue.js';
import { INSPECTOR2_MESSAGES } from '../../errors/inspector2-catalogue.js';
import type { Inspector2ValidationField } from '../../errors/inspector2-error.js';
import { CONSTRAINTS, constraintText } from '../../validation/constraints.js';
import { codePointLength } from '../../validation/engine.js';
import { itemPath, type UnknownMembers } from './read-input.js';
import type { ShapeSpec } from './shape-spec.js';

const patternCache = new Map<string, RegExp>();
function patternMatches(pattern: string, value: string): boolean {
  let re = patternCache.get(pattern);
  if (re === undefined) {
    // The model's patterns are Java regular expressions matched against the whole value.
    re = new RegExp(`^(?:${pattern})$`, 'u');
    patternCache.set(pattern, re);
  }
  return re.test(value);
}

function lengthViolation(length: number, min?: number, max?: number): string | undefined {
  if (min !== undefined && length < min) return constraintText(CONSTRAINTS.lengthMin, { min });
  if (max !== undefined && length > max) return constraintText(CONSTRAINTS.lengthMax, { max });
  return undefined;
}

/**
 * Rule S3: enum values are listed in the reverse of the model's order, as observed for ResourceScanType
 * (`[LAMBDA_CODE, LAMBDA, ECR, EC2]` for the model's EC2, ECR, LAMBDA, LAMBDA_CODE).
 */
export function enumText(values: readonly string[]): string {
  return constraintText(CONSTRAINTS.enum, { values: [...values].reverse().join(', ') });
}

function scalarViolation(spec: ShapeSpec, value: unknown): string | undefined {
  if (spec.type === 'string' && typeof value === 'string') {
    const byLength =
      spec.min !== undefined || spec.max !== undefined
        ? lengthViolation(codePointLength(value), spec.min, spec.max)
        : undefined;
    if (byLength !== undefined) return byLength;
    if (spec.pattern !== undefined && !patternMatches(spec.pattern, value))
      return constraintText(CONSTRAINTS.pattern, { pattern: spec.pattern });
    if (spec.enum !== undefined && !spec.enum.includes(value)) return enumText(spec.enum);
  }
  if ((spec.type === 'integer' || spec.type === 'long') && typeof value === 'number') {
    if (spec.min !== undefined && value < spec.min)
      return constraintText(CONSTRAINTS.valueMin, { min: spec.min });
    if (spec.max !== undefined && value > spec.max)
      return constraintText(CONSTRAINTS.valueMax, { max: spec.max });
  }
  return undefined;
}

/** Violations of one value (already of the right JSON type) at `path`. */
function collect(spec: ShapeSpec, value: unknown, path: string, out: Inspector2ValidationField[]): void {
  switch (spec.type) {
    case 'structure':
    case 'union': {
      const record = value as Record<string, unknown>;
      const members = spec.members();
      const required = new Set(spec.required ?? []);
      const prefix = path === '' ? '' : `${path}.`;
      let set = 0;
      for (const [name, member] of Object.entries(members)) {
        const inner = record[name];
        if (inner === undefined) {
          if (required.has(name)) out.push({ name: prefix + name, message: CONSTRAINTS.notNull });
          continue;
        }
        set++;
        collect(member, inner, prefix + name, out);
      }
      if (spec.type === 'union' && set !== 1) out.push({ name: path, message: UNION_ONE_MEMBER });
      return;
    }
    case 'list': {
      const items = value as readonly unknown[];
      const byLength = lengthViolation(items.length, spec.min, spec.max);
      if (byLength !== undefined) {
        out.push({ name: path, message: byLength });
        return;
      }
      const member = spec.member();
      const scalar = member.type !== 'structure' && member.type !== 'union' && member.type !== 'list';
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (item === null || item === undefined) {
          out.push(
            scalar
              ? {
                  name: path,
                  message: constraintText(CONSTRAINTS.listItem, { constraint: CONSTRAINTS.notNull }),
                }
              : { name: itemPath(path, i), message: CONSTRAINTS.notNull },
          );
          return;
        }
        if (!scalar) {
          collect(member, item, itemPath(path, i), out);
          continue;
        }
        // Observed: a scalar item's violation is reported on the list, wrapped in `Member must satisfy constraint`.
        const broken = scalarViolation(member, item);
        if (broken !== undefined) {
          out.push({ name: path, message: constraintText(CONSTRAINTS.listItem, { constraint: broken }) });
          return;
        }
      }
      return;
    }
    case 'map': {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      const byLength = lengthViolation(keys.length, spec.min, spec.max);
      if (byLength !== undefined) {
        out.push({ name: path, message: byLength });
        return;
      }
      const keySpec = spec.key();
      const valueSpec = spec.value();
      for (const key of keys) {
        const brokenKey = scalarViolation(keySpec, key);
        if (brokenKey !== undefined) out.push({ name: path, message: brokenKey });
        else collect(valueSpec, record[key], `${path}.${key}`, out);
      }
      return;
    }
    default: {
      const broken = scalarViolation(spec, value);
      if (broken !== undefined) out.push({ name: path, message: broken });
    }
  }
}

const UNION_ONE_MEMBER = INSPECTOR2_MESSAGES.unionOneMember.template;
const unknownMemberText = (shape: string): string =>
  formatMessage(INSPECTOR2_MESSAGES.unknownMember.template, { shape });

/**
 * @internal Phase 2: every violation of a clean input, then the members strict (filter) shapes did not know
 * (rule S4).
 */
export function collectViolations(
  spec: ShapeSpec,
  value: Record<string, unknown>,
  unknown: UnknownMembers,
): Inspector2ValidationField[] {
  const out: Inspector2ValidationField[] = [];
  collect(spec, value, '', out);
  for (const u of unknown)
    out.push({
      name: u.path === '' ? u.member : `${u.path}.${u.member}`,
      message: unknownMemberText(u.shape),
    });
  return out;
}
