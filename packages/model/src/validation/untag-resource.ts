import { required, resourceArn } from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal UntagResource input (rule V1): tag keys of 1–128 characters.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_UntagResource.html
 */
export const untagResourceSpec: OperationSpec<'UntagResource'> = {
  members: {
    resourceArn: required(resourceArn),
    tagKeys: { type: 'list', required: true, member: { type: 'string', min: 1, max: 128 } },
  },
};
