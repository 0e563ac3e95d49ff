/**
 * The served Amazon Inspector2 operations: their wire names, their input and output types (the generated shapes,
 * structurally identical to `@aws-sdk/client-inspector2`'s), and the `Inspector2Api` port.
 */
import type {
  BatchGetAccountStatusRequest,
  BatchGetAccountStatusResponse,
  DisableRequest,
  DisableResponse,
  EnableRequest,
  EnableResponse,
  GetConfigurationRequest,
  GetConfigurationResponse,
  ListCoverageRequest,
  ListCoverageResponse,
  ListFindingAggregationsRequest,
  ListFindingAggregationsResponse,
  ListFindingsRequest,
  ListFindingsResponse,
  UpdateConfigurationRequest,
  UpdateConfigurationResponse,
} from './generated/shapes.js';

/** @public The served Inspector2 operations, by their wire names (Smithy operation names). */
export const Inspector2OperationName = [
  'Enable',
  'Disable',
  'BatchGetAccountStatus',
  'GetConfiguration',
  'UpdateConfiguration',
  'ListFindings',
  'ListCoverage',
  'ListFindingAggregations',
] as const;
/** @public */
export type Inspector2OperationName = (typeof Inspector2OperationName)[number];

/** @public Input and output type of each served Inspector2 operation, keyed by wire name. */
export interface Inspector2OperationShapes {
  Enable: { input: EnableRequest; output: EnableResponse };
  Disable: { input: DisableRequest; output: DisableResponse };
  BatchGetAccountStatus: { input: BatchGetAccountStatusRequest; output: BatchGetAccountStatusResponse };
  GetConfiguration: { input: GetConfigurationRequest; output: GetConfigurationResponse };
  UpdateConfiguration: { input: UpdateConfigurationRequest; output: UpdateConfigurationResponse };
  ListFindings: { input: ListFindingsRequest; output: ListFindingsResponse };
  ListCoverage: { input: ListCoverageRequest; output: ListCoverageResponse };
  ListFindingAggregations: { input: ListFindingAggregationsRequest; output: ListFindingAggregationsResponse };
}
/** @public */
export type Inspector2OperationInput<O extends Inspector2OperationName> =
  Inspector2OperationShapes[O]['input'];
/** @public */
export type Inspector2OperationOutput<O extends Inspector2OperationName> =
  Inspector2OperationShapes[O]['output'];

/**
 * @public The Inspector2 port: one async method per served operation, SDK shapes in and out (without
 * `$metadata`). The simulator's `sim.inspector2` implements it. Failures reject with an error whose `name` is the
 * Inspector2 exception code (`Inspector2Error` from the simulator).
 */
export interface Inspector2Api {
  enable(input: EnableRequest): Promise<EnableResponse>;
  disable(input?: DisableRequest): Promise<DisableResponse>;
  batchGetAccountStatus(input?: BatchGetAccountStatusRequest): Promise<BatchGetAccountStatusResponse>;
  getConfiguration(input?: GetConfigurationRequest): Promise<GetConfigurationResponse>;
  updateConfiguration(input: UpdateConfigurationRequest): Promise<UpdateConfigurationResponse>;
  listFindings(input?: ListFindingsRequest): Promise<ListFindingsResponse>;
  listCoverage(input?: ListCoverageRequest): Promise<ListCoverageResponse>;
  listFindingAggregations(input: ListFindingAggregationsRequest): Promise<ListFindingAggregationsResponse>;
}

/** @public The `Inspector2Api` method name of an operation. */
export type Inspector2ApiMethod = keyof Inspector2Api;

/** @public Wire operation name → `Inspector2Api` method name. */
export const INSPECTOR2_API_METHOD: { readonly [O in Inspector2OperationName]: Inspector2ApiMethod } = {
  Enable: 'enable',
  Disable: 'disable',
  BatchGetAccountStatus: 'batchGetAccountStatus',
  GetConfiguration: 'getConfiguration',
  UpdateConfiguration: 'updateConfiguration',
  ListFindings: 'listFindings',
  ListCoverage: 'listCoverage',
  ListFindingAggregations: 'listFindingAggregations',
};
