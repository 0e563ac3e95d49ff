import type { OperationSpec } from './spec.js';

/**
 * @internal DescribeRegistry input: no members (the registry is the caller's account and region).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeRegistry.html
 */
export const describeRegistrySpec: OperationSpec<'DescribeRegistry'> = { members: {} };
