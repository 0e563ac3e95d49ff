import { registryId } from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal GetAuthorizationToken input (rule V1): 1–10 registryIds of 12 digits (the observed wrapped list-item text).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetAuthorizationToken.html
 */
export const getAuthorizationTokenSpec: OperationSpec<'GetAuthorizationToken'> = {
  members: { registryIds: { type: 'list', min: 1, max: 10, member: registryId } },
};
