import type {
  PutImageScanningConfigurationRequest,
  PutImageScanningConfigurationResponse,
} from '@ecr-scan-sim/model';
import { requireRepository } from '../state/lookup.js';
import type { Operation } from './context.js';

/**
 * PutImageScanningConfiguration: the repository's scanOnPush (rule C1).
 * @internal
 */
export const putImageScanningConfiguration: Operation<
  PutImageScanningConfigurationRequest,
  PutImageScanningConfigurationResponse
> = (ctx, input) => {
  const name = input.repositoryName as string;
  const { repository } = requireRepository(ctx, input.registryId, name);
  repository.scanOnPush = input.imageScanningConfiguration?.scanOnPush ?? false;
  return {
    registryId: ctx.options.accountId,
    repositoryName: name,
    imageScanningConfiguration: { scanOnPush: repository.scanOnPush },
  };
};
