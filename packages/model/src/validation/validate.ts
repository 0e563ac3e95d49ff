import type { EcrError } from '../errors/ecr-error.js';
import { isEcrError } from '../errors/ecr-error.js';
import type { OperationName } from '../types/operations.js';
import { readValidOperation } from './read-valid-input.js';
import { VALIDATION_SPECS } from './specs.js';

/**
 * @public Checks an operation's input (untrusted: it may come straight from a JSON body) and returns the first
 * violation as an AWS-shaped error, or `undefined` when the input is valid. Order (rule V1): JSON types
 * (SerializationException, rule V4), then required members, then member constraints, then cross-member rules
 * (InvalidParameterException in ECR's format: V2, V3, P5). Unknown members are ignored and `null` members count
 * as absent, as AWS does; `undefined` or `null` input is an empty body. Never throws on JSON data.
 *
 * @param operation - the wire name of the operation
 * @param input - the parsed request body, or the object handed to the in-process API
 * @returns the first violation, or `undefined`
 * @example
 * validateInput('DescribeImages', { repositoryName: 'app', maxResults: 5000 })?.message
 * // "Invalid parameter at 'maxResults' failed to satisfy constraint: 'Member must have value less than or equal to 1000'"
 */
export function validateInput(operation: OperationName, input: unknown): EcrError | undefined {
  const checked = readValidOperation<OperationName>(VALIDATION_SPECS[operation], input);
  return isEcrError(checked) ? checked : undefined;
}
