import type { DescribeRegistryRequest, DescribeRegistryResponse } from '@ecr-scan-sim/model';
import type { Operation } from './context.js';

/**
 * DescribeRegistry (rule R5): the caller's registry id and its replication configuration, which is always empty
 * (`{ rules: [] }`): replication is not modelled (PutReplicationConfiguration is not served).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeRegistry.html
 * @internal
 */
export const describeRegistry: Operation<DescribeRegistryRequest | undefined, DescribeRegistryResponse> = (
  ctx,
) => ({
  registryId: ctx.options.accountId,
  replicationConfiguration: { rules: [] },
});
