/**
 * Phase 3 of Inspector2 validation: rules across members that the service model cannot state as traits. They run
 * only on an input that passed phases 1 and 2.
 */
import { type Inspector2Error, inspector2Errors } from '../../errors/inspector2-error.js';
import type { Inspector2OperationName } from '../operations.js';

/**
 * Rule S5: the member of `aggregationRequest` that each `aggregationType` reads. A request whose
 * `aggregationRequest` sets another member is refused.
 */
export const AGGREGATION_MEMBER = {
  FINDING_TYPE: 'findingTypeAggregation',
  PACKAGE: 'packageAggregation',
  TITLE: 'titleAggregation',
  REPOSITORY: 'repositoryAggregation',
  AMI: 'amiAggregation',
  AWS_EC2_INSTANCE: 'ec2InstanceAggregation',
  AWS_ECR_CONTAINER: 'awsEcrContainerAggregation',
  IMAGE_LAYER: 'imageLayerAggregation',
  ACCOUNT: 'accountAggregation',
  AWS_LAMBDA_FUNCTION: 'lambdaFunctionAggregation',
  LAMBDA_LAYER: 'lambdaLayerAggregation',
  CODE_REPOSITORY: 'codeRepositoryAggregation',
  VM_INSTANCE: 'vmInstanceAggregation',
  CONTAINER_IMAGE: 'containerImageAggregation',
  SERVERLESS_FUNCTION: 'serverlessFunctionAggregation',
} as const;

type Rule = (input: Record<string, unknown>) => Inspector2Error | undefined;

const listFindingAggregations: Rule = (input) => {
  const request = input['aggregationRequest'] as Record<string, unknown> | undefined;
  if (request === undefined) return undefined;
  const expected = AGGREGATION_MEMBER[input['aggregationType'] as keyof typeof AGGREGATION_MEMBER];
  const given = Object.keys(request)[0] as string;
  return given === expected
    ? undefined
    : inspector2Errors.aggregationMismatch(`aggregationRequest.${given}`, String(input['aggregationType']));
};

const updateConfiguration: Rule = (input) => {
  if (input['updateConfigurationInheritance'] !== undefined) return inspector2Errors.notDelegatedAdmin();
  return input['ecrConfiguration'] === undefined && input['ec2Configuration'] === undefined
    ? inspector2Errors.nothingToUpdate()
    : undefined;
};

/** @internal The cross-member rules by operation. */
export const CUSTOM_RULES: Partial<Record<Inspector2OperationName, Rule>> = {
  ListFindingAggregations: listFindingAggregations,
  UpdateConfiguration: updateConfiguration,
};
