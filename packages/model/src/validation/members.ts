/**
 * Member specs shared by several operations, named after the model's shapes. Values from the ECR model
 * (botocore 1.43.107, `shared/reference/ecr-scan-semantics.md` §4).
 */
import { IMAGE_IDS_LIMIT, PAGE_SIZE } from '../constants.js';
import { ImageTagMutabilityExclusionFilterType } from '../types/enums.js';
import { PATTERNS } from './patterns.js';
import type { IntegerSpec, ListSpec, MemberSpec, StringSpec, StructureSpec } from './spec.js';

/** @internal The same member spec, marked required. */
export const required = <S extends MemberSpec>(spec: S): S => ({ ...spec, required: true });

/** @internal RegistryId: `[0-9]{12}`, optional everywhere. */
export const registryId: StringSpec = { type: 'string', pattern: PATTERNS.registryId };

/** @internal RepositoryName: 2–256 characters, the newest pattern. */
export const repositoryName: StringSpec = {
  type: 'string',
  min: 2,
  max: 256,
  pattern: PATTERNS.repositoryName,
};

/** @internal ImageTag: 1–300 characters, no pattern. */
export const imageTag: StringSpec = { type: 'string', min: 1, max: 300 };

/** @internal ImageDigest: no constraint in the model; its form is checked by the custom rule V2. */
export const imageDigest: StringSpec = { type: 'string' };

/** @internal ImageIdentifier: neither member is required by the model (rule V3 is custom). */
export const imageIdentifier: StructureSpec = { type: 'structure', members: { imageDigest, imageTag } };

/** @internal ImageIdentifierList: 1–100 items. */
export const imageIdentifierList: ListSpec = {
  type: 'list',
  member: imageIdentifier,
  min: IMAGE_IDS_LIMIT.min,
  max: IMAGE_IDS_LIMIT.max,
};

/** @internal NextToken: no constraint. */
export const nextToken: StringSpec = { type: 'string' };

/** @internal MaxResults: 1–1000 (rule P1). */
export const maxResults: IntegerSpec = { type: 'integer', min: PAGE_SIZE.min, max: PAGE_SIZE.max };

/** @internal ImageTagMutabilityExclusionFilters: 1–5 WILDCARD filters of 1–128 characters. */
export const imageTagMutabilityExclusionFilters: ListSpec = {
  type: 'list',
  min: 1,
  max: 5,
  member: {
    type: 'structure',
    members: {
      filterType: { type: 'string', required: true, enum: ImageTagMutabilityExclusionFilterType },
      filter: { type: 'string', required: true, min: 1, max: 128, pattern: PATTERNS.tagExclusionFilter },
    },
  },
};

/** @internal A resource tag: Key 1–128, Value 0–256 characters (rule R8). */
export const tag: StructureSpec = {
  type: 'structure',
  members: {
    Key: { type: 'string', required: true, min: 1, max: 128 },
    Value: { type: 'string', required: true, min: 0, max: 256 },
  },
};

/** @internal A resource ARN: no model constraint; its form is checked by the simulator (rule R7). */
export const resourceArn: StringSpec = { type: 'string' };
