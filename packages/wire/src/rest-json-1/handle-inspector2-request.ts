import { type Inspector2Error, inspector2Errors, isInspector2Error } from '@ecr-scan-sim/model';
import type { EcrSimulator } from '@ecr-scan-sim/simulator';
import type { DispatchOptions, WireRequest, WireResponse } from '../glossary.js';
import { jsonResponse } from '../internal/response.js';
import { encodeOutput } from '../json/encode-output.js';
import { regionFromSignature } from '../region.js';
import { nextRequestId } from '../request-id.js';
import { inspector2RegionFromHost } from '../routing/hosts.js';
import { queryParam } from '../routing/request-parts.js';
import { decodeInspector2Request } from './decode-request.js';
import { encodeInspector2Error, REST_JSON_CONTENT_TYPE } from './encode-error.js';

/**
 * @public Answers one restJson1 request to Amazon Inspector2 from the simulator's Inspector2 view: the whole wire
 * protocol with no transport. The request is decoded ({@link decodeInspector2Request}), then
 * `simulator.inspector2.call(operation, input, { region })` validates and runs it, and the output (timestamps as
 * epoch seconds, rule W5) or the error (rule W4) is serialised.
 *
 * The region (rule W8) comes from the host (`inspector2[-fips].<region>.amazonaws.com`, dual-stack forms), else
 * from the SigV4 credential scope, else `options.defaultRegion`, else the simulator's region.
 *
 * Never throws and never rejects: an unexpected failure becomes a 500 InternalServerException that says so.
 *
 * @example const res = await handleInspector2Request(sim, { method: 'POST', url: 'http://localhost:4510/findings/list', headers, body: '{}' });
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
export async function handleInspector2Request(
  simulator: EcrSimulator,
  request: WireRequest,
  options: DispatchOptions = {},
): Promise<WireResponse> {
  let requestId = '00000000-0000-4000-8000-000000000000';
  try {
    requestId = nextRequestId(simulator);
    const decoded = decodeInspector2Request(request, options.maxBodyBytes);
    if (!decoded.ok) return encodeInspector2Error(decoded.error, requestId);
    const region =
      inspector2RegionFromHost(decoded.host) ??
      regionFromSignature(decoded.headers['authorization'], queryParam(request, 'X-Amz-Credential')) ??
      options.defaultRegion ??
      simulator.options.region;
    let output: unknown;
    try {
      output = await simulator.inspector2.call(decoded.operation, decoded.input, { region });
    } catch (error) {
      return encodeInspector2Error(asInspector2Error(error), requestId);
    }
    return jsonResponse(200, encodeOutput(output), requestId, undefined, REST_JSON_CONTENT_TYPE);
  } catch (error) {
    try {
      return encodeInspector2Error(asInspector2Error(error), requestId);
    } catch {
      return encodeInspector2Error(
        inspector2Errors.simulatorBug('the error could not be serialised'),
        requestId,
      );
    }
  }
}

function asInspector2Error(error: unknown): Inspector2Error {
  if (isInspector2Error(error)) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : 'a non-error value was thrown';
  return inspector2Errors.simulatorBug(detail);
}
