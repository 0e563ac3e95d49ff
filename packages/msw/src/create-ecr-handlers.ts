import type { EcrSimulator } from '@ecr-scan-sim/simulator';
import { handleSimulatorRequest } from '@ecr-scan-sim/wire';
import { type HttpHandler, HttpResponse, http } from 'msw';
import type { EcrHandlersOptions } from './glossary.js';
import { ECR_API_URL, endpointPattern, INSPECTOR2_API_URL } from './internal/ecr-hosts.js';

/**
 * MSW request handlers that answer Amazon ECR and Amazon Inspector2 API calls from `simulator`, for `setupServer`
 * (Node) and `setupWorker` (browsers). They match the ECR API hosts of every region
 * (`https://api.ecr.<region>.amazonaws.com/`, FIPS and dual-stack forms), the Inspector2 hosts
 * (`https://inspector2.<region>.amazonaws.com/`, FIPS and dual-stack forms) and the custom `endpoints` you list,
 * whatever the method or path: the wire (`handleSimulatorRequest`) routes each request to the protocol of its
 * service and answers everything sent there, including its errors. Other hosts are not matched, so they reach
 * your `onUnhandledFrame` (msw 2: `onUnhandledRequest`). Creating handlers starts nothing.
 *
 * @param simulator - the simulator that holds the state (`createSimulator()`).
 * @param options - extra endpoints and the region to use on them.
 * @returns handlers to spread into `setupServer(...)`, `setupWorker(...)` or `server.use(...)`.
 * @throws TypeError when an entry of `options.endpoints` is not an absolute URL.
 * @example
 * const sim = createSimulator();
 * const server = setupServer(...createEcrHandlers(sim));
 * server.listen({ onUnhandledFrame: 'error' }); // msw 2 calls it onUnhandledRequest
 * @public
 */
export function createEcrHandlers(simulator: EcrSimulator, options: EcrHandlersOptions = {}): HttpHandler[] {
  const patterns = [ECR_API_URL, INSPECTOR2_API_URL, ...(options.endpoints ?? []).map(endpointPattern)];
  return patterns.map((pattern) =>
    http.all(pattern, async ({ request }) => {
      const response = await handleSimulatorRequest(
        simulator,
        {
          method: request.method,
          url: request.url,
          headers: Object.fromEntries(request.headers),
          // Bytes, not text: the wire checks that the body is UTF-8, as ECR does.
          body: new Uint8Array(await request.arrayBuffer()),
        },
        // The wire reads the region from an AWS host (rules G1, W8); `defaultRegion` is for custom endpoints.
        { defaultRegion: options.defaultRegion },
      );
      return new HttpResponse(response.body, { status: response.status, headers: response.headers });
    }),
  );
}
