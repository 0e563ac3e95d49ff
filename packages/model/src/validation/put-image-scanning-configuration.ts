import { registryId, repositoryName, required } from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal PutImageScanningConfiguration input (rule V1).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutImageScanningConfiguration.html
 */
export const putImageScanningConfigurationSpec: OperationSpec<'PutImageScanningConfiguration'> = {
  members: {
    registryId,
    repositoryName: required(repositoryName),
    imageScanningConfiguration: {
      type: 'structure',
      required: true,
      members: { scanOnPush: { type: 'boolean' } },
    },
  },
};
