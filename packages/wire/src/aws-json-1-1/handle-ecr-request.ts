import { type EcrError, ecrErrors, isEcrError } from '@ecr-scan-sim/model';
import type { EcrSimulator } from '@ecr-scan-sim/simulator';
import type { DispatchOptions, EcrWireRequest, EcrWireResponse } from '../glossary.js';
import { jsonResponse } from '../internal/response.js';
import { encodeOutput } from '../json/encode-output.js';
import { regionFromHost } from '../region.js';
import { nextRequestId } from '../request-id.js';
import { decodeRequest } from './decode-request.js';
import { encodeError } from './encode-error.js';

/**
 * @public Answers one awsJson1_1 request to ECR from the simulator: the whole wire protocol, with no transport.
 * Checks run in AWS's order (see {@link decodeRequest}), then `simulator.call(operation, input, { region })`
 * validates and runs the operation, and the output or error is serialised (rules W1, W2).
 *
 * The region comes from the host (`api.ecr.<region>.amazonaws.com` and the other ECR endpoint forms), else from
 * `options.defaultRegion`, else the simulator's region.
 *
 * Never throws and never rejects: an unexpected failure (a simulator bug) becomes a 500 ServerException whose
 * message says so. Every response carries `content-type`, `content-length` and `x-amzn-requestid`.
 *
 * @example const res = await handleEcrRequest(sim, { method: 'POST', url: 'http://localhost:4510/', headers, body });
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html
 */
export async function handleEcrRequest(
  simulator: EcrSimulator,
  request: EcrWireRequest,
  options: DispatchOptions = {},
): Promise<EcrWireResponse> {
  let requestId = '00000000-0000-4000-8000-000000000000';
  try {
    requestId = nextRequestId(simulator);
    const decoded = decodeRequest(request, options.maxBodyBytes);
    if (!decoded.ok) return encodeError(decoded.error, requestId, decoded.status);
    const region = regionFromHost(decoded.host) ?? options.defaultRegion ?? simulator.options.region;
    let output: unknown;
    try {
      output = await simulator.call(decoded.operation, decoded.input, { region });
    } catch (error) {
      return encodeError(asEcrError(error), requestId);
    }
    return jsonResponse(200, encodeOutput(output), requestId);
  } catch (error) {
    try {
      return encodeError(asEcrError(error), requestId);
    } catch {
      return encodeError(ecrErrors.simulatorBug('the error could not be serialised'), requestId);
    }
  }
}

/** A modelled error as it is; anything else is a bug, answered as a 500 that says so. */
function asEcrError(error: unknown): EcrError {
  if (isEcrError(error)) return error;
  return ecrErrors.simulatorBug(describe(error));
}

function describe(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`;
    return String(error);
  } catch {
    return 'an unprintable value was thrown';
  }
}
