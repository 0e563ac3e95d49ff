// @ecr-scan-sim/wire: the simulator's AWS protocols (awsJson1_1 for ECR, restJson1 for Inspector2). Export by name only.

// --- the Smithy handler (in-process ECRClient and Inspector2Client) ---
export { createSimulatorHandler } from './adapters/smithy-http-handler.js';
// --- awsJson1_1 (ECR): codec pieces, for transports that need them ---
export {
  ACCEPTED_CONTENT_TYPES,
  DEFAULT_MAX_BODY_BYTES,
  type DecodedRequest,
  decodeRequest,
  type RefusedRequest,
} from './aws-json-1-1/decode-request.js';
export { encodeError } from './aws-json-1-1/encode-error.js';
// --- the dispatchers ---
export { handleEcrRequest } from './aws-json-1-1/handle-ecr-request.js';
export type {
  DispatchOptions,
  EcrWireRequest,
  EcrWireResponse,
  SimulatorHandlerConfig,
  SimulatorHandlerOptions,
  WireHeaders,
  WireRequest,
  WireResponse,
} from './glossary.js';
export { handleSimulatorRequest } from './handle-simulator-request.js';
export { encodeOutput } from './json/encode-output.js';
export { regionFromHost, regionFromSignature } from './region.js';
export { nextRequestId } from './request-id.js';
// --- restJson1 (Inspector2): codec pieces ---
export {
  type DecodedInspector2Request,
  decodeInspector2Request,
  type RefusedInspector2Request,
} from './rest-json-1/decode-request.js';
export { encodeInspector2Error } from './rest-json-1/encode-error.js';
export { handleInspector2Request } from './rest-json-1/handle-inspector2-request.js';
// --- routing ---
export { type SimulatorService, serviceOfRequest } from './routing/detect-service.js';
export { inspector2RegionFromHost } from './routing/hosts.js';
