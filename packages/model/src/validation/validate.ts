import type { EcrError } from '../errors/ecr-error.js';
import type { OperationName } from '../types/operations.js';

/**
 * @public Checks an operation's input (untrusted: it may come straight from a JSON body) and returns the first
 * violation as an AWS-shaped error, or `undefined` when the input is valid. Order (rule V1): JSON types
 * (SerializationException, rule V4), then required members, then member constraints, then cross-member rules
 * (InvalidParameterException in ECR's format).
 *
 * PLACEHOLDER: the engine and the per-operation specs land with the validation work; until then every input passes.
 */
export function validateInput(operation: OperationName, input: unknown): EcrError | undefined {
  void operation;
  void input;
  return undefined;
}
