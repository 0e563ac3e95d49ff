import type { EcrError } from '@ecr-scan-sim/model';
import type { EcrSimulator } from '@ecr-scan-sim/simulator';
import { type EcrWireResponse, encodeError, nextRequestId } from '@ecr-scan-sim/wire';

/** @internal A plain HTTP response, as the wire's `handleEcrRequest` returns it. */
export type PlainResponse = EcrWireResponse;

/**
 * @internal The awsJson1_1 answer (rule W1) for an error the transport raises itself (413, 403), made by the
 * wire's own encoder so it is shaped exactly like every other error and the SDK parses it into its typed class.
 */
export function awsErrorResponse(simulator: EcrSimulator, error: EcrError): PlainResponse {
  return encodeError(error, nextRequestId(simulator));
}
