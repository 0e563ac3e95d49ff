import type { EcrSimulator } from '@ecr-scan-sim/simulator';
import { handleEcrRequest } from './aws-json-1-1/handle-ecr-request.js';
import type { DispatchOptions, WireRequest, WireResponse } from './glossary.js';
import { handleInspector2Request } from './rest-json-1/handle-inspector2-request.js';
import { serviceOfRequest } from './routing/detect-service.js';

/**
 * @public The one entry every transport calls: answers a request to either service of the simulated account
 * (rule W7). ECR's awsJson1_1 requests go to {@link handleEcrRequest}, Inspector2's restJson1 requests to
 * {@link handleInspector2Request}; which is which is read from the request's shape ({@link serviceOfRequest}), so
 * one endpoint, one MSW handler and one Smithy handler serve a real `ECRClient` and a real `Inspector2Client`
 * alike. Never throws.
 *
 * @example const res = await handleSimulatorRequest(sim, { method, url, headers, body });
 */
export function handleSimulatorRequest(
  simulator: EcrSimulator,
  request: WireRequest,
  options: DispatchOptions = {},
): Promise<WireResponse> {
  return serviceOfRequest(request) === 'inspector2'
    ? handleInspector2Request(simulator, request, options)
    : handleEcrRequest(simulator, request, options);
}
