/**
 * Test support: fast-check arbitraries derived from the validation specs, so property tests cover every operation
 * and every member without a hand-written generator per operation.
 */
import fc from 'fast-check';
import { BASIC_SCAN_TYPE_VERSION, RULE_FREQUENCIES } from '../../constants.js';
import { BasicScanEngine } from '../../types/enums.js';
import type { OperationName } from '../../types/operations.js';
import { imageDigest, imageIdentifier } from '../members.js';
import {
  REGISTRY_ID_PATTERN,
  REPOSITORY_NAME_PATTERN,
  SCANNING_FILTER_PATTERN,
  TAG_EXCLUSION_FILTER_PATTERN,
} from '../patterns.js';
import type { MemberSpec, MembersSpec } from '../spec.js';
import { VALIDATION_SPECS } from '../specs.js';

/** A JSON-like input value. */
export type Input = Record<string, unknown>;

const hex = fc.constantFrom(...'0123456789abcdef');

// Generators for the model's patterns, by the pattern text the specs print.
const BY_PATTERN: Readonly<Record<string, fc.Arbitrary<string>>> = {
  [REGISTRY_ID_PATTERN]: fc.stringMatching(/^[0-9]{12}$/),
  [REPOSITORY_NAME_PATTERN]: fc
    .tuple(
      fc.stringMatching(/^[a-z0-9]{1,6}$/),
      fc.array(
        fc.tuple(fc.constantFrom('.', '_', '__', '-', '---', '/'), fc.stringMatching(/^[a-z0-9]{1,6}$/)),
        { maxLength: 4 },
      ),
    )
    .map(([head, rest]) => head + rest.map(([sep, part]) => sep + part).join(''))
    .filter((name) => name.length >= 2),
  [SCANNING_FILTER_PATTERN]: fc.stringMatching(/^[a-z0-9*](?:[._\-/]?[a-z0-9*]){0,12}$/),
  [TAG_EXCLUSION_FILTER_PATTERN]: fc.stringMatching(/^[0-9a-zA-Z._*-]{1,20}$/),
};

const policy = (principal: string, extra: Record<string, unknown> = {}) =>
  fc.constantFrom('ecr:BatchGetImage', 'ecr:CreateRepository').map((action) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: 's', Effect: 'Allow', Principal: { AWS: principal }, Action: [action], ...extra }],
    }),
  );
const lifecyclePolicy = fc.integer({ min: 1, max: 30 }).map((countNumber) =>
  JSON.stringify({
    rules: [
      {
        rulePriority: 1,
        description: 'Expire untagged images',
        selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber },
        action: { type: 'expire' },
      },
    ],
  }),
);

// Members whose valid values the spec alone does not describe (their rules are custom: V2, V3, R12, R14, R17).
const OVERRIDES = new Map<MemberSpec, fc.Arbitrary<unknown>>([
  [imageDigest, fc.array(hex, { minLength: 64, maxLength: 64 }).map((h) => `sha256:${h.join('')}`)],
  [
    VALIDATION_SPECS.SetRepositoryPolicy.members['policyText'] as MemberSpec,
    policy('arn:aws:iam::123456789012:root'),
  ],
  [
    VALIDATION_SPECS.PutRegistryPolicy.members['policyText'] as MemberSpec,
    policy('arn:aws:iam::210987654321:root', { Resource: 'arn:aws:ecr:us-east-1:123456789012:repository/*' }),
  ],
  [VALIDATION_SPECS.PutLifecyclePolicy.members['lifecyclePolicyText'] as MemberSpec, lifecyclePolicy],
]);

function structureArb(members: MembersSpec): fc.Arbitrary<Input> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const requiredKeys: string[] = [];
  for (const [name, spec] of Object.entries(members)) {
    model[name] = valid(spec);
    if (spec.required) requiredKeys.push(name);
  }
  return fc.record(model, { requiredKeys }) as fc.Arbitrary<Input>;
}

/** Valid values of one member spec. */
export function valid(spec: MemberSpec): fc.Arbitrary<unknown> {
  const override = OVERRIDES.get(spec);
  if (override) return override;
  if (spec.type === 'structure' && spec.members === imageIdentifier.members)
    // Rule V3: a digest or a tag.
    return structureArb(spec.members).filter(
      (id) => id.imageDigest !== undefined || id.imageTag !== undefined,
    );
  switch (spec.type) {
    case 'string': {
      if (spec.enum) return fc.constantFrom(...spec.enum);
      if (spec.pattern) {
        const arb = BY_PATTERN[spec.pattern.text];
        if (!arb) throw new TypeError(`no generator for pattern ${spec.pattern.text}`);
        return arb.filter((s) => s.length >= (spec.min ?? 0) && s.length <= (spec.max ?? Infinity));
      }
      const minLength = spec.min ?? 0;
      return fc.string({ unit: 'binary', minLength, maxLength: Math.min(spec.max ?? 20, minLength + 20) });
    }
    case 'integer':
      return fc.integer({ min: spec.min ?? -(2 ** 31), max: spec.max ?? 2 ** 31 - 1 });
    case 'boolean':
      return fc.boolean();
    case 'structure':
      return structureArb(spec.members);
    case 'list': {
      const minLength = spec.min ?? 0;
      return fc.array(valid(spec.member), { minLength, maxLength: Math.min(spec.max ?? 4, minLength + 3) });
    }
  }
}

/** Rule V6: each rule's frequency is one its scan type allows. */
function withAllowedFrequencies(input: Input): fc.Arbitrary<Input> {
  const rules = input.rules as Input[] | undefined;
  if (rules === undefined) return fc.constant(input);
  const allowed = RULE_FREQUENCIES[(input.scanType as 'BASIC' | 'ENHANCED' | undefined) ?? 'BASIC'];
  return fc
    .array(fc.constantFrom(...allowed), { minLength: rules.length, maxLength: rules.length })
    .map((frequencies) => ({
      ...input,
      rules: rules.map((rule, i) => ({ ...rule, scanFrequency: frequencies[i] })),
    }));
}

const WITH_EXCLUSION = ['IMMUTABLE_WITH_EXCLUSION', 'MUTABLE_WITH_EXCLUSION'];

/** Valid inputs of an operation (cross-member rules P5, V6, V8, V9, V10 respected). */
export function validInput(operation: OperationName): fc.Arbitrary<Input> {
  const arb = structureArb(VALIDATION_SPECS[operation].members);
  switch (operation) {
    case 'DescribeImages':
      return arb.map((input) => {
        if (input.imageIds === undefined) return input;
        const { nextToken: _t, maxResults: _m, ...rest } = input;
        return rest;
      });
    case 'CreateRepository':
    case 'PutImageTagMutability':
      // V10: exclusion filters with, and only with, a *_WITH_EXCLUSION mutability.
      return arb.map((input) => {
        const { imageTagMutabilityExclusionFilters: filters, ...rest } = input;
        if (!WITH_EXCLUSION.includes(String(input.imageTagMutability))) return rest;
        return {
          ...rest,
          imageTagMutabilityExclusionFilters: filters ?? [{ filterType: 'WILDCARD', filter: 'v*' }],
        };
      });
    case 'PutRegistryScanningConfiguration':
      return arb.chain(withAllowedFrequencies);
    case 'GetAccountSetting':
      return arb.map((input) => ({ ...input, name: BASIC_SCAN_TYPE_VERSION }));
    case 'PutAccountSetting':
      return fc
        .tuple(arb, fc.constantFrom(...BasicScanEngine))
        .map(([input, value]) => ({ ...input, name: BASIC_SCAN_TYPE_VERSION, value }));
    default:
      return arb;
  }
}

/** Every operation name, as an arbitrary. */
export const anyOperation = fc.constantFrom(...(Object.keys(VALIDATION_SPECS) as OperationName[]));
