/**
 * The public vocabulary of @ecr-scan-sim/msw.
 */

/** @public Options of {@link createEcrHandlers}. */
export interface EcrHandlersOptions {
  /**
   * Extra endpoints the simulator answers on, as given to the client's `endpoint` option, e.g.
   * `['http://localhost:4510']`. A request matches when its origin is the endpoint's origin and its path starts
   * with the endpoint's path. The AWS ECR API hosts of every region are always matched.
   */
  endpoints?: readonly string[];
  /**
   * Region of calls that arrive on a custom endpoint (whose host names no region). Default: the simulator's
   * `region`. Calls to an AWS host always use the host's region (rule G1).
   */
  defaultRegion?: string;
}
