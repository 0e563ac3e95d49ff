/**
 * The public vocabulary of @ecr-scan-sim/wire: a plain request in, a plain response out. Transports (the HTTP
 * server, MSW, the Smithy handler) only convert their own shapes to and from these.
 */

/** @public A header bag as a transport hands it over: any case, one value or several. */
export type WireHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * @public One HTTP request, transport-agnostic. Give either `url` (absolute, or a path) or `host` (+ `path`);
 * without either, the `host` header is used to find the region.
 */
export interface EcrWireRequest {
  /** HTTP method, any case. Only `POST` reaches an operation. */
  method: string;
  /** Absolute URL (`https://api.ecr.eu-west-1.amazonaws.com/`) or a path. Takes precedence over `host`. */
  url?: string | undefined;
  /** Host name, with or without a port (`api.ecr.eu-west-1.amazonaws.com`, `localhost:4510`). */
  host?: string | undefined;
  /** Request path; not checked (ECR answers on any path, as Coral services do). */
  path?: string | undefined;
  /** Header names in any case; they are lower-cased before use. */
  headers: WireHeaders;
  /** The raw body: text, or bytes that must be UTF-8. */
  body: string | Uint8Array | undefined;
}

/**
 * @public One HTTP response. Header names are lower-case (as Node's `IncomingMessage` and fetch's `Headers`
 * present them); HTTP header names are case-insensitive, so a transport may write them as they are.
 */
export interface EcrWireResponse {
  status: number;
  headers: Record<string, string>;
  /** A JSON document (the operation output, or `{"__type","message"}` for an error). */
  body: string;
}

/** @public Options of {@link handleEcrRequest}. */
export interface DispatchOptions {
  /**
   * Region used when the host is not an ECR endpoint (a custom endpoint such as `http://localhost:4510`).
   * Default: the simulator's own region.
   */
  defaultRegion?: string | undefined;
  /** Largest accepted body in bytes; larger bodies get 413 RequestEntityTooLargeException. Default 10 MiB. */
  maxBodyBytes?: number | undefined;
}

/** @public Options of {@link createSimulatorHandler}: the dispatcher's options. */
export type SimulatorHandlerOptions = DispatchOptions;

/**
 * @public The configuration bag of the Smithy handler (`httpHandlerConfigs()`). The simulator has no socket
 * settings; the bag keeps whatever the SDK or the user sets so `updateHttpClientConfig` round-trips.
 */
export interface SimulatorHandlerConfig {
  /** Accepted for compatibility with `NodeHttpHandler`/`FetchHttpHandler`; has no effect in process. */
  requestTimeout?: number | undefined;
  [key: string]: unknown;
}
