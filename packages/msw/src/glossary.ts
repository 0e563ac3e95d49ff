/**
 * The public vocabulary of @ecr-scan-sim/msw.
 */

/** @public Options of {@link createEcrHandlers}. */
export interface EcrHandlersOptions {
  /**
   * Extra endpoints the simulator answers on, as given to the client's `endpoint` option, e.g.
   * `['http://localhost:4510']`. A request matches when its origin is the endpoint's origin and its path starts
   * with the endpoint's path. The AWS ECR API and Inspector2 hosts of every region are always matched; on a
   * custom endpoint, ECR and Inspector2 calls are told apart by the request (rule W7).
   */
  endpoints?: readonly string[];
  /**
   * Region of calls that arrive on a custom endpoint (whose host names no region). Default: the simulator's
   * `region` (for Inspector2 calls, the region they were signed for comes first, rule W8). Calls to an AWS host
   * always use the host's region (rule G1).
   */
  defaultRegion?: string;
}
