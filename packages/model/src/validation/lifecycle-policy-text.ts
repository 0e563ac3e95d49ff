/**
 * Rule R14: the schema check ECR applies to a lifecycle policy before storing it. ECR reports the first problem as
 * `Lifecycle policy validation failure: <detail>` in a JSON-schema validator's words; one such detail is observed
 * (`instance failed to match exactly one schema (matched 0 out of 2)`, cloudposse/terraform-aws-ecr#158), the others
 * follow the same validator's wording as moto reproduces it (inferred). The policy is stored, never evaluated (R15).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const jsonType = (v: unknown): string => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
};
const list = (names: readonly string[]): string => `[${names.map((n) => JSON.stringify(n)).join(',')}]`;

const missing = (object: Json, required: readonly string[]): string | undefined => {
  const absent = required.filter((key) => !Object.hasOwn(object, key)).sort();
  return absent.length > 0 ? `object has missing required properties (${list(absent)})` : undefined;
};
const extra = (object: Json, allowed: readonly string[]): string | undefined => {
  const unknown = Object.keys(object).filter((key) => !allowed.includes(key));
  return unknown.length > 0
    ? `object instance has properties which are not allowed by the schema: (${list(unknown)})`
    : undefined;
};
const notInEnum = (value: unknown, values: readonly string[]): string | undefined =>
  typeof value === 'string' && values.includes(value)
    ? undefined
    : `instance value (${JSON.stringify(value)}) not found in enum (possible values: ${list(values)})`;
const atLeastOne = (value: unknown): string | undefined => {
  if (typeof value !== 'number' || !Number.isInteger(value))
    return `instance type (${jsonType(value)}) does not match any allowed primitive type (allowed: ["integer"])`;
  return value < 1
    ? `numeric instance is lower than the required minimum (minimum: 1, found: ${value})`
    : undefined;
};

const COUNT_TYPES = ['imageCountMoreThan', 'sinceImagePushed', 'sinceImagePulled', 'sinceImageTransitioned'];

function selectionProblem(selection: unknown): string | undefined {
  if (!isObject(selection))
    return `instance type (${jsonType(selection)}) does not match any allowed primitive type (allowed: ["object"])`;
  const allowed = ['tagStatus', 'tagPrefixList', 'tagPatternList', 'countType', 'countUnit', 'countNumber'];
  return (
    missing(selection, ['tagStatus', 'countType', 'countNumber']) ??
    extra(selection, allowed) ??
    notInEnum(selection['tagStatus'], ['any', 'tagged', 'untagged']) ??
    // The observed detail: countType (and its countUnit) is a oneOf of two sub-schemas in ECR's schema.
    (typeof selection['countType'] === 'string' && COUNT_TYPES.includes(selection['countType'])
      ? undefined
      : 'instance failed to match exactly one schema (matched 0 out of 2)') ??
    (selection['countUnit'] === undefined ? undefined : notInEnum(selection['countUnit'], ['days'])) ??
    atLeastOne(selection['countNumber'])
  );
}

function ruleProblem(rule: unknown): string | undefined {
  if (!isObject(rule))
    return `instance type (${jsonType(rule)}) does not match any allowed primitive type (allowed: ["object"])`;
  const problem =
    missing(rule, ['rulePriority', 'selection', 'action']) ??
    extra(rule, ['rulePriority', 'description', 'selection', 'action']) ??
    atLeastOne(rule['rulePriority']);
  if (problem) return problem;
  const action = rule['action'];
  if (!isObject(action))
    return `instance type (${jsonType(action)}) does not match any allowed primitive type (allowed: ["object"])`;
  return (
    missing(action, ['type']) ??
    extra(action, ['type', 'targetStorageClass']) ??
    notInEnum(action['type'], ['expire', 'transition']) ??
    selectionProblem(rule['selection'])
  );
}

/** @public The first problem of a lifecycle policy text (the `<detail>` of rule R14), or `undefined` when it is valid. */
export function lifecyclePolicyProblem(text: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'Could not map policyString into LifecyclePolicy.';
  }
  if (!isObject(parsed)) return 'Could not map policyString into LifecyclePolicy.';
  const rules = parsed['rules'];
  if (!Array.isArray(rules))
    return missing(parsed, ['rules']) ?? 'Could not map policyString into LifecyclePolicy.';
  if (rules.length === 0)
    return 'array is too short: must have at least 1 elements but instance has 0 elements';
  const seen = new Set<unknown>();
  for (const rule of rules) {
    const problem = ruleProblem(rule);
    if (problem) return problem;
    const priority = (rule as Json)['rulePriority'];
    if (seen.has(priority)) return `The rule priority ${String(priority)} is used by more than one rule.`;
    seen.add(priority);
  }
  return undefined;
}
