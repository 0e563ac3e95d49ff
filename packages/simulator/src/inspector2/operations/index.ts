import type {
  Inspector2OperationInput,
  Inspector2OperationName,
  Inspector2OperationOutput,
} from '@ecr-scan-sim/model';
import type { Operation } from '../../operations/context.js';
import { batchGetAccountStatus } from './batch-get-account-status.js';
import { getConfiguration, updateConfiguration } from './configuration.js';
import { disable } from './disable.js';
import { enable } from './enable.js';
import { listCoverage, listFindingAggregations, listFindings } from './lists.js';

/** @internal Every served Inspector2 operation by wire name; the compiler checks the table is total. */
export const INSPECTOR2_OPERATIONS: {
  readonly [O in Inspector2OperationName]: Operation<
    Inspector2OperationInput<O>,
    Inspector2OperationOutput<O>
  >;
} = {
  Enable: enable,
  Disable: disable,
  BatchGetAccountStatus: batchGetAccountStatus,
  GetConfiguration: getConfiguration,
  UpdateConfiguration: updateConfiguration,
  ListFindings: listFindings,
  ListCoverage: listCoverage,
  ListFindingAggregations: listFindingAggregations,
};
