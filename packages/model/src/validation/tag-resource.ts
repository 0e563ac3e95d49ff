import { required, resourceArn, tag } from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal TagResource input (rules V1, R8): tag keys 1–128, values 0–256 characters. The ARN's form and the
 * 50-tag limit are checked against the repository by the simulator (R7, R8).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_TagResource.html
 */
export const tagResourceSpec: OperationSpec<'TagResource'> = {
  members: { resourceArn: required(resourceArn), tags: { type: 'list', required: true, member: tag } },
};
