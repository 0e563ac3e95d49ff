import { OPERATION_MODELS } from './generated/input-specs.js';
import type { Inspector2OperationName } from './operations.js';

/** @public How a served Inspector2 operation travels over restJson1, from the service model's `@http` trait. */
export interface Inspector2HttpBinding {
  readonly method: 'POST';
  /** The request URI (no labels or query members in the served operations). */
  readonly path: string;
  /** The success status. */
  readonly status: number;
  /** The exceptions the model lists for the operation. */
  readonly errors: readonly string[];
}

const binding = (name: Inspector2OperationName): Inspector2HttpBinding => {
  const { method, path, status, errors } = OPERATION_MODELS[name];
  return { method, path, status, errors };
};

/** @public The restJson1 binding of every served Inspector2 operation (rule W3). */
export const INSPECTOR2_HTTP_BINDINGS: { readonly [O in Inspector2OperationName]: Inspector2HttpBinding } = {
  Enable: binding('Enable'),
  Disable: binding('Disable'),
  BatchGetAccountStatus: binding('BatchGetAccountStatus'),
  GetConfiguration: binding('GetConfiguration'),
  UpdateConfiguration: binding('UpdateConfiguration'),
  ListFindings: binding('ListFindings'),
  ListCoverage: binding('ListCoverage'),
  ListFindingAggregations: binding('ListFindingAggregations'),
};
