import type { OperationSpec } from './spec.js';

/**
 * @internal GetRegistryScanningConfiguration has no input members: `{}` (or no body) is valid and any member is
 * ignored, as AWS ignores unknown members.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetRegistryScanningConfiguration.html
 */
export const getRegistryScanningConfigurationSpec: OperationSpec<'GetRegistryScanningConfiguration'> = {
  members: {},
};
