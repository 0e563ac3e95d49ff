// @ecr-scan-sim/wire: ECR's awsJson1_1 protocol over the simulator. Export by name only.

// --- the Smithy handler (in-process ECRClient) ---
export { createSimulatorHandler } from './adapters/smithy-http-handler.js';
// --- codec pieces, for transports that need them ---
export {
  ACCEPTED_CONTENT_TYPES,
  DEFAULT_MAX_BODY_BYTES,
  type DecodedRequest,
  decodeRequest,
  type RefusedRequest,
} from './codec/decode-request.js';
export { encodeError } from './codec/encode-error.js';
export { encodeOutput } from './codec/encode-output.js';
// --- the dispatcher ---
export { handleEcrRequest } from './dispatch.js';
export type {
  DispatchOptions,
  EcrWireRequest,
  EcrWireResponse,
  SimulatorHandlerConfig,
  SimulatorHandlerOptions,
  WireHeaders,
} from './glossary.js';
export { regionFromHost, regionFromSignature } from './region.js';
export { nextRequestId } from './request-id.js';
