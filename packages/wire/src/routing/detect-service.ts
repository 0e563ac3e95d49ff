import type { WireRequest } from '../glossary.js';
import { normaliseHeaders } from '../internal/headers.js';
import { regionFromHost, requestHost } from '../region.js';
import { operationOfPath } from '../rest-json-1/routes.js';
import { inspector2RegionFromHost } from './hosts.js';
import { pathOf, queryParam } from './request-parts.js';
import { serviceFromSignature } from './signature.js';

/** @public The services one simulator answers, by the protocol each speaks. */
export type SimulatorService = 'ecr' | 'inspector2';

/**
 * @public Which service a request is for (rule W7), from its shape alone:
 * 1. an ECR API host (`api.ecr.<region>…`) is ECR, an Inspector2 host (`inspector2.<region>…`) is Inspector2;
 * 2. otherwise (a custom endpoint) an `x-amz-target` header means awsJson1_1, so ECR;
 * 3. a SigV4 credential scope names the service (`…/<region>/inspector2/aws4_request`);
 * 4. a path bound to a served Inspector2 operation (`/findings/list`, …) is Inspector2;
 * 5. anything else is ECR, which answers every path (as before Inspector2 was served).
 */
export function serviceOfRequest(request: WireRequest): SimulatorService {
  const headers = normaliseHeaders(request.headers);
  const host = requestHost(request.url, request.host, headers['host']);
  if (regionFromHost(host) !== undefined) return 'ecr';
  if (inspector2RegionFromHost(host) !== undefined) return 'inspector2';
  if (headers['x-amz-target'] !== undefined) return 'ecr';
  const signed = serviceFromSignature(headers['authorization'], queryParam(request, 'X-Amz-Credential'));
  if (signed === 'inspector2') return 'inspector2';
  if (signed === 'ecr') return 'ecr';
  return operationOfPath(pathOf(request)) === undefined ? 'ecr' : 'inspector2';
}
