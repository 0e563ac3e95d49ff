import type { EcrError, Inspector2Error } from '@ecr-scan-sim/model';
import type { EcrSimulator } from '@ecr-scan-sim/simulator';
import {
  type EcrWireResponse,
  encodeError,
  encodeInspector2Error,
  nextRequestId,
  type SimulatorService,
} from '@ecr-scan-sim/wire';

/** @internal A plain HTTP response, as the wire's `handleEcrRequest` returns it. */
export type PlainResponse = EcrWireResponse;

/**
 * @internal The awsJson1_1 answer (rule W1) for an error the transport raises itself (413, 403), made by the
 * wire's own encoder so it is shaped exactly like every other error and the SDK parses it into its typed class.
 */
export function awsErrorResponse(simulator: EcrSimulator, error: EcrError): PlainResponse {
  return encodeError(error, nextRequestId(simulator));
}

/**
 * @internal The same for the service the request is for (rule W10): an Inspector2 request (restJson1) gets
 * Inspector2's error shape (`x-amzn-errortype`, a `message` body, application/json), an ECR request ECR's.
 */
export function transportErrorResponse(
  simulator: EcrSimulator,
  service: SimulatorService,
  errors: { ecr: () => EcrError; inspector2: () => Inspector2Error },
): PlainResponse {
  return service === 'inspector2'
    ? encodeInspector2Error(errors.inspector2(), nextRequestId(simulator))
    : encodeError(errors.ecr(), nextRequestId(simulator));
}
